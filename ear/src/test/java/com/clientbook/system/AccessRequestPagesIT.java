package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Access requests and bans in real browsers against the running server in demo mode (both demo vendors are listed):
 * a new customer of Baltic Beverages sets its password from the e-mail, finds Alpine Fresh Foods in the directory and
 * asks for access; Alpine sees the badge and the Requested row, approves with a customer number; the customer gets
 * the e-mail and sees Alpine among its vendors. Then Alpine bans it from the details page, and the customer's portal
 * says that access is restricted, with the reason Alpine chose to share. Mail arrives in GreenMail.
 */
class AccessRequestPagesIT {

    private static final String PASSWORD = "Correct-Horse-7";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private BrowserSession session;

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Test
    void aCustomerAsksForAccessTheVendorApprovesAndLaterBansIt() throws Exception {
        String company = "Request Café " + token;
        String email = "owner-" + token + "@request.example";
        registerCustomerOfBaltic(company, email);

        // the customer asks Alpine for access
        session = BrowserSession.open("en-US");
        session.signIn(email, PASSWORD);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/vendors.xhtml");
        session.type("directoryForm:search", "alpine");
        click(By.id("directoryForm:find"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("directoryForm:directory"), DemoData.ALPINE));
        assertTrue(session.text(By.id("vendorsTable")).contains(DemoData.BALTIC), "Baltic lists the company already");
        click(By.cssSelector("#directoryForm\\:directory button[id$=':ask']"));
        session.type("askForm:message:input", "We run a café in Graz and would like your vegetables.");
        click(By.id("askForm:send"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Your request went to " + DemoData.ALPINE + "."));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requestsTable"), "Requested"));
        assertTrue(session.text(By.id("requestsTable")).contains(DemoData.ALPINE));
        session.close();
        // Alpine's admins hear of it by e-mail (on by default), in Alpine's language
        String requestMail = Mails.await(SMTP, DemoData.ALPINE_ADMIN, company + " bittet um Zugang", 1).get(0);
        assertTrue(requestMail.contains("vegetables") && requestMail.contains("/vendor/customers.xhtml"), requestMail);

        // Alpine sees the badge and the Requested row, and approves
        session = BrowserSession.open("en-US");
        session.signIn(DemoData.ALPINE_ADMIN);
        int badge = Integer.parseInt(session.text(By.cssSelector("#menuForm .ui-badge")).strip());
        assertTrue(badge >= 1, "the menu counts open requests: " + badge);
        click(By.id("customersForm:showRequests"));
        WebElement row = requestRow(company);
        assertTrue(row.getText().contains(email), "the vendor sees who asked: " + row.getText());
        assertTrue(row.getText().contains("vegetables"), "and the message: " + row.getText());
        session.waiter().until(driver -> {
            requestRow(company).findElement(By.cssSelector("button[id$=':approve']")).click();
            return true;
        });
        session.type("approveForm:customerNumber:input", "AR-" + token);
        click(By.id("approveForm:confirmApprove"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                company + " is now your customer."));
        String approvedMail = Mails.await(SMTP, email, DemoData.ALPINE + " approved your request", 1).get(0);
        assertTrue(approvedMail.contains(DemoData.ALPINE), approvedMail);
        long customerId = customerIdByApi(company);
        session.close();

        // the vendor's history (through the API) has the request by the customer's person and the approval by Anna
        var history = SystemTestServer.json(SystemTestServer.apiGet("/api/v1/customers/" + customerId + "/history",
                DemoData.ALPINE_API_KEY)).get("items");
        java.util.List<String> steps = new java.util.ArrayList<>();
        history.forEach(item -> steps.add(item.get("action").asText() + " by " + item.get("actor").asText()));
        assertTrue(steps.contains("ACCESS_REQUESTED by Rita Request <" + email + ">"), steps.toString());
        assertTrue(steps.stream().anyMatch(step -> step.startsWith("ACCESS_APPROVED by Anna Admin")), steps.toString());

        // the customer follows the e-mail's link: signing in leads to that page, not to Home
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+/customer/vendors\\.xhtml").matcher(approvedMail);
        assertTrue(link.find(), approvedMail);
        session = BrowserSession.open("en-US");
        session.driver().get(link.group());
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        session.signIn(email, PASSWORD);
        assertTrue(session.driver().getCurrentUrl().contains("/customer/vendors.xhtml"), session.driver().getCurrentUrl());
        String vendors = session.text(By.id("vendorsTable"));
        assertTrue(vendors.contains(DemoData.ALPINE) && vendors.contains("AR-" + token), vendors);
        session.close();

        // Alpine bans the customer from its details page, sharing the reason
        session = BrowserSession.open("en-US");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + customerId);
        click(By.id("banActions:ban"));
        click(By.id("banForm:confirmBan"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("banForm:reason"),
                "Give the reason for the ban."));
        session.type("banForm:reason:input", "Deliveries refused twice");
        click(By.cssSelector("#banForm\\:shareReason .ui-chkbox-box"));
        click(By.id("banForm:confirmBan"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("banActions:banReason"),
                "Deliveries refused twice"));
        assertEquals("Banned", session.text(By.id("numberForm:banned")));
        assertTrue(session.text(By.id("history")).contains("Banned"));
        session.close();

        session = BrowserSession.open("en-US");
        session.signIn(email, PASSWORD);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/vendors.xhtml");
        String restricted = session.text(By.id("vendorsTable"));
        assertTrue(restricted.contains("Access restricted") && restricted.contains("Deliveries refused twice"), restricted);
    }

    @Test
    void anotherVendorGetsNotFoundForTheCustomerPageAndStaffCannotChangeTheListing() {
        HttpResponse<String> added = SystemTestServer.send(SystemTestServer.request("/api/v1/customers")
                .header("Authorization", "Bearer " + DemoData.ALPINE_API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"companyName\": \"Tenant page " + token
                        + "\", \"email\": \"tenant-" + token + "@request.example\", \"sendInvitation\": false}")).build());
        assertEquals(201, added.statusCode(), added.body());
        long id = SystemTestServer.json(added).get("id").asLong();

        session = BrowserSession.open("en-US");
        session.signIn(DemoData.BALTIC_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);

        assertTrue(session.driver().findElements(By.id("banActions")).isEmpty(), "no ban actions on another vendor's customer");
        assertTrue(session.driver().getPageSource().contains("not found") || session.driver().getPageSource().contains("Not found"),
                "the page answers not found");

        // Baltic's admin finds its directory listing on (demo vendors are listed) and saves it unchanged
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/settings.xhtml");
        assertTrue(session.driver().findElement(By.id("settingsForm:listed_input")).isSelected());
        assertTrue(session.driver().findElement(By.id("settingsForm:mailOnAccessRequests_input")).isSelected(),
                "e-mail about new requests is on by default");
        click(By.id("settingsForm:save"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Settings saved."));
        session.close();

        session = BrowserSession.open("en-US");
        session.signIn(DemoData.ALPINE_STAFF);
        assertTrue(session.driver().findElements(By.id("menuForm:vendorSettingsItem")).isEmpty(), "staff see no settings");
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/settings.xhtml");
        assertTrue(session.driver().findElements(By.id("settingsForm")).isEmpty(), "staff cannot open the settings");

        // the dashboard counts Alpine's customers per status, with one chart
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        String counts = session.text(By.id("counts"));
        for (String status : new String[] {"Requested", "Rejected", "Prospect", "Registered", "Has ordered"}) {
            assertTrue(counts.contains(status), counts);
        }
        assertEquals(1, session.driver().findElements(By.cssSelector("#funnelChart canvas")).size());
        assertTrue(Long.parseLong(session.text(By.cssSelector("#counts_data tr[data-ri='2'] td:last-child")).strip()) >= 30,
                "the demo data's prospects are counted");
    }

    @Test
    void signingInGoesOnlyToAPageOfTheApplication() {
        session = BrowserSession.open("en-US");
        session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml?next=/customer/people.xhtml");
        session.signIn(DemoData.CUSTOMER_ADMIN);
        assertTrue(session.driver().getCurrentUrl().contains("/customer/people.xhtml"), session.driver().getCurrentUrl());
        session.close();

        for (String foreign : new String[] {"https://evil.example/customer/vendors.xhtml", "//evil.example/x", "/\\evil.example"}) {
            session = BrowserSession.open("en-US");
            session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml?next="
                    + java.net.URLEncoder.encode(foreign, java.nio.charset.StandardCharsets.UTF_8));
            session.signIn(DemoData.CUSTOMER_ADMIN);
            String url = session.driver().getCurrentUrl();
            assertTrue(url.startsWith(SystemTestServer.baseUrl()) && url.contains("/customer/home.xhtml"),
                    "an address outside the application is ignored: " + foreign + " led to " + url);
            session.close();
        }
        session = null;
    }

    /** Baltic adds the company (with the set-password e-mail); the person sets a password through the link. */
    private void registerCustomerOfBaltic(String company, String email) throws Exception {
        HttpResponse<String> added = SystemTestServer.send(SystemTestServer.request("/api/v1/customers")
                .header("Authorization", "Bearer " + DemoData.BALTIC_API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"companyName\": \"" + company + "\", \"email\": \"" + email
                        + "\", \"contactFirstName\": \"Rita\", \"contactLastName\": \"Request\", \"postalCode\": \"8010\","
                        + " \"city\": \"Graz\", \"country\": \"AT\"}")).build());
        assertEquals(201, added.statusCode(), added.body());
        String link = Mails.passwordLink(SMTP, email, "Set your Clientbook password");
        session = BrowserSession.open("en-US");
        session.driver().get(link);
        session.type("setPasswordForm:password:input", PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", PASSWORD);
        click(By.id("setPasswordForm:save"));
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.close();
        session = null;
    }

    /** Clicks the element once it is there and clickable, looking again when PrimeFaces replaced it meanwhile. */
    private void click(By locator) {
        session.waiter().until(driver -> {
            WebElement element = driver.findElement(locator);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private WebElement requestRow(String company) {
        try {
            return session.waiter().until(driver -> session.rows("customersForm:customers").stream()
                    .filter(r -> r.getText().contains(company)).findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No row of " + company + "; status filter shows \""
                    + session.text(By.id("customersForm:customers:statusFilter_label")) + "\", table: "
                    + session.text(By.id("customersForm:customers")), e);
        }
    }

    private long customerIdByApi(String company) {
        HttpResponse<String> list = SystemTestServer.get("/api/v1/customers?name=" + company.replace(" ", "%20"),
                "Authorization", "Bearer " + DemoData.ALPINE_API_KEY);
        assertEquals(200, list.statusCode(), list.body());
        var items = SystemTestServer.json(list).get("items");
        assertEquals(1, items.size(), list.body());
        assertEquals("REGISTERED", items.get(0).get("status").asText());
        return items.get(0).get("id").asLong();
    }

}
