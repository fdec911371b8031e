package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vendor suspended and reactivated end to end (issue 10), through the platform API and in browsers: while
 * suspended its admin's open session ends at the next page, signing in with the right password says why (a wrong one
 * does not), its API key answers 401 and its invitation cannot be accepted; after Reactivate all of it works again
 * and its customers are all still there.
 */
class VendorSuspensionIT extends BrowserTest {

    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitation\\.xhtml\\?token=[A-Za-z0-9_\\-]+");
    private static final String PASSWORD = "Suspended-Vendor-1";
    private static final String VENDORS = "/api/v1/platform/vendors";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void suspensionStopsSignInSessionsApiKeysAndInvitationsAndReactivateRestoresAllWithItsData() {
        String platformKey = PlatformKeys.issue("Suspension test " + unique);
        String admin = "sus-admin-" + unique + "@vendor.example";
        HttpResponse<String> created = SystemTestServer.sendJson("POST", VENDORS, platformKey,
                PlatformApiIT.newVendor("Pausing Produce " + unique, admin));
        assertEquals(201, created.statusCode(), created.body());
        long vendorId = SystemTestServer.json(created).get("id").asLong();

        // the vendor's admin chooses a password, signs in and issues an API key; the vendor has a customer and an invitation out
        session.driver().get(Mails.passwordLink(SMTP, admin, "Welcome to Clientbook: choose your password"));
        session.type("setPasswordForm:password:input", PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", PASSWORD);
        session.click(By.id("setPasswordForm:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.signIn(admin, PASSWORD);
        String vendorKey = issueVendorKey();
        SystemTestServer.addCustomer(vendorKey, SystemTestServer.JSON.createObjectNode()
                .put("companyName", "Kept Customer " + unique).put("email", "kept-" + unique + "@customer.example")
                .put("sendInvitation", false));
        String invited = "invited-" + unique + "@customer.example";
        HttpResponse<String> invitation = SystemTestServer.sendJson("POST", "/api/v1/invitations", vendorKey,
                SystemTestServer.JSON.createObjectNode().put("email", invited).put("firstName", "Ivo").put("lastName", "Invited"));
        assertEquals(201, invitation.statusCode(), invitation.body());
        String invitationLink = invitationLinkTo(invited);

        patch(platformKey, vendorId, SystemTestServer.JSON.createObjectNode().put("status", "SUSPENDED")
                .put("suspensionReason", "Contract under review"));

        // the open session ends at its next page
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        // the right password learns why; a wrong one learns nothing
        assertEquals(List.of(), signInRefusedWith(admin, "Wrong-Password-9").stream()
                .filter(text -> text.contains("Contract under review")).toList());
        String refusal = String.join(" ", signInRefusedWith(admin, PASSWORD));
        assertTrue(refusal.contains("suspended") && refusal.contains("Contract under review"), refusal);
        assertEquals(401, SystemTestServer.apiGet(SystemTestServer.CUSTOMERS, vendorKey).statusCode());
        restartBrowser();
        session.driver().get(invitationLink);
        register();
        wait.until(d -> session.text(By.tagName("main")).contains("not available"));
        assertTrue(session.driver().findElements(By.id("done")).isEmpty(), "not accepted");

        patch(platformKey, vendorId, SystemTestServer.JSON.createObjectNode().put("status", "ACTIVE"));

        JsonNode customers = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS, vendorKey);
        assertEquals(1, customers.get("totalItems").asLong(), "the data is intact");
        session.driver().get(invitationLink);
        register();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertEquals(2, SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS, vendorKey).get("totalItems").asLong());
        restartBrowser();
        session.signIn(admin, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
    }

    private void patch(String platformKey, long vendorId, com.fasterxml.jackson.databind.node.ObjectNode body) {
        HttpResponse<String> answer = SystemTestServer.sendJson("PATCH", VENDORS + "/" + vendorId, platformKey, body);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Signs in on the sign-in page, which refuses: the page's messages. */
    private List<String> signInRefusedWith(String email, String password) {
        session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml");
        session.type("loginForm:email:input", email);
        session.type("loginForm:password:input", password);
        session.click(By.id("loginForm:signIn"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#loginForm\\:messages .ui-messages-error")));
        assertTrue(session.driver().getCurrentUrl().contains("/login.xhtml"));
        return List.of(session.text(By.id("loginForm:messages")));
    }

    private void register() {
        session.type("registerForm:companyName:input", "Invited Bistro " + unique);
        session.type("registerForm:firstName:input", "Ivo");
        session.type("registerForm:lastName:input", "Invited");
        session.type("registerForm:password:input", PASSWORD);
        session.type("registerForm:repeatedPassword:input", PASSWORD);
        session.click(By.id("registerForm:registerAndAccept"));
    }

    private String issueVendorKey() {
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/api-keys.xhtml");
        session.click(By.id("keysForm:newKey"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyDialog")));
        session.type("newKeyForm:name:input", "ERP " + unique);
        session.click(By.id("newKeyForm:issue"));
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newKeyForm:secret")));
        String value = secret.getDomProperty("value");
        session.click(By.id("newKeyForm:done"));
        return value;
    }

    private String invitationLinkTo(String email) {
        String subject = "Pausing Produce " + unique + " invites you to Clientbook";
        Matcher link = INVITATION_LINK.matcher(Mails.await(SMTP, email, subject, 1).get(0));
        assertTrue(link.find());
        return link.group();
    }
}
