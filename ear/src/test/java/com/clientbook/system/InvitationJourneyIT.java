package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invitation journey in a real browser against the running server: the vendor invites a person in the page, the
 * e-mail arrives over real SMTP (GreenMail on {@code clientbook.smtpPort}), the person opens the link and registers,
 * and the vendor finds the new customer as Registered.
 */
class InvitationJourneyIT {

    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitation\\.xhtml\\?token=[A-Za-z0-9_\\-]+");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    @Test
    void vendorInvitesThePersonRegistersThroughTheLinkAndTheVendorSeesARegisteredCustomer() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "owner-" + unique + "@journey.example";
        String company = "Journey Bistro " + unique;
        String password = "Journey-Soup-7";
        String link;

        try (BrowserSession session = BrowserSession.open("en-US")) {
            WebDriver browser = session.driver();
            session.signIn(DemoData.ALPINE_ADMIN);
            browser.findElement(By.id("menuForm:inviteItem")).click();
            session.waiter().until(ExpectedConditions.urlContains("/vendor/invite-customers.xhtml"));
            session.type("oneForm:email:input", email);
            session.type("oneForm:firstName:input", "Jo");
            session.type("oneForm:lastName:input", "Journey");
            session.type("oneForm:businessName:input", company);
            browser.findElement(By.id("oneForm:send")).click();
            session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), email));

            link = invitationLinkSentTo(email);

            browser.findElement(By.id("menuForm:signOut")).click();
            session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
            browser.get(link);
            assertTrue(session.text(By.id("intro")).contains(DemoData.ALPINE), "the page names the inviting vendor");
            assertTrue(session.text(By.id("intro")).contains(email), "and whom it invites");
            assertEquals(company, valueOf(browser, "registerForm:companyName:input"), "the form starts with what the vendor entered");
            assertEquals("Jo", valueOf(browser, "registerForm:firstName:input"));
            assertEquals("Journey", valueOf(browser, "registerForm:lastName:input"));
            // every problem in one round: a missing name, a weak password and a repetition that differs
            session.type("registerForm:lastName:input", "");
            session.type("registerForm:password:input", "short");
            session.type("registerForm:repeatedPassword:input", "other");
            browser.findElement(By.id("registerForm:registerAndAccept")).click();
            session.waiter().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#registerForm\\:lastName .ui-message-error")));
            assertTrue(browser.findElements(By.cssSelector("#registerForm\\:password .ui-message-error")).size() == 1,
                    "the weak password is named in the same round");
            assertTrue(browser.findElements(By.cssSelector("#registerForm\\:repeatedPassword .ui-message-error")).size() == 1,
                    "and the repetition that differs");
            assertEquals(company, valueOf(browser, "registerForm:companyName:input"), "typed values stay");
            session.type("registerForm:companyName:input", company + " GmbH");
            session.type("registerForm:firstName:input", "Jo");
            session.type("registerForm:lastName:input", "Journey");
            session.type("registerForm:password:input", password);
            session.type("registerForm:repeatedPassword:input", password);
            browser.findElement(By.id("registerForm:registerAndAccept")).click();
            assertTrue(session.text(By.id("done")).contains(company + " GmbH"), session.text(By.tagName("main")));

            browser.get(link);
            assertTrue(session.text(By.id("refused")).contains("accepted already"), "the link works once");

            session.signIn(DemoData.ALPINE_ADMIN);
            WebElement filter = browser.findElement(By.id("customersForm:customers:companyName:filter"));
            filter.sendKeys(company);
            session.waiter().until(d -> {
                List<WebElement> rows = session.rows("customersForm:customers");
                return rows.size() == 1 && rows.get(0).getText().contains(company);
            });
            String row = session.rows("customersForm:customers").get(0).getText();
            assertTrue(row.contains("Registered"), row);

            browser.get(SystemTestServer.baseUrl() + "/vendor/invitations.xhtml");
            assertTrue(session.text(By.id("invitationsForm:invitations")).contains(email));
            String invitationRow = session.rows("invitationsForm:invitations").stream().map(WebElement::getText)
                    .filter(text -> text.contains(email)).findFirst().orElseThrow();
            assertTrue(invitationRow.contains("Accepted"), invitationRow);
            signOut(session);

            // tenancy: another vendor's list does not show it; the new customer may not open the vendor's pages
            session.signIn(DemoData.BALTIC_ADMIN);
            browser.get(SystemTestServer.baseUrl() + "/vendor/invitations.xhtml");
            session.text(By.id("invitationsForm:invitations"));
            assertTrue(session.rows("invitationsForm:invitations").stream().noneMatch(r -> r.getText().contains(email)),
                    "Baltic must not see Alpine's invitation");
            signOut(session);
            session.signIn(email, password);
            assertTrue(browser.getCurrentUrl().endsWith("/customer/home.xhtml"), browser.getCurrentUrl());
            browser.get(SystemTestServer.baseUrl() + "/vendor/invitations.xhtml");
            assertTrue(browser.findElements(By.id("invitationsForm:invitations")).isEmpty());
            assertTrue(session.text(By.tagName("main")).contains("Your account may not open this page"));
            signOut(session);

            // someone with an account signs in through another invitation's link; their company is connected already
            String colleague = "colleague-" + unique + "@journey.example";
            HttpResponse<String> invited = SystemTestServer.send(SystemTestServer.request("/api/v1/invitations")
                    .header("Authorization", "Bearer " + DemoData.ALPINE_API_KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + colleague
                            + "\", \"firstName\": \"Col\", \"lastName\": \"League\"}")).build());
            assertEquals(201, invited.statusCode(), invited.body());
            browser.get(invitationLinkSentTo(colleague));
            session.type("signInForm:email:input", email);
            session.type("signInForm:password:input", password);
            browser.findElement(By.id("signInForm:signIn")).click();
            session.click(By.id("acceptForm:accept"));
            assertTrue(session.text(By.id("acceptForm:messages")).contains("is a customer of " + DemoData.ALPINE + " already"),
                    session.text(By.tagName("main")));
        }
    }

    private static void signOut(BrowserSession session) {
        session.driver().findElement(By.id("menuForm:signOut")).click();
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    private static String invitationLinkSentTo(String email) {
        List<String> texts = Mails.await(SMTP, email, DemoData.ALPINE + " invites you to Clientbook", 1);
        Matcher link = INVITATION_LINK.matcher(texts.get(0));
        assertTrue(link.find(), "the e-mail carries the link");
        return link.group();
    }

    private static String valueOf(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }
}
