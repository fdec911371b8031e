package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People of a customer company in a real browser, in German (issue 5): the admin invites a colleague, the e-mail
 * arrives over real SMTP, the colleague chooses a password through its link and signs in as a buyer, who may not open
 * the people page; the admin makes them admin, then deactivates them, after which they cannot sign in; the last admin
 * cannot make themselves a buyer; nobody of another company or of a vendor sees them. And a person changes their own
 * e-mail address: the old one signs in until the link sent to the new one is used.
 */
class PeoplePagesIT extends BrowserTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/confirm-email\\.xhtml\\?token=[A-Za-z0-9_\\-]+");
    private static final String ADMIN_PASSWORD = "Kaiser-Schmarrn-7";
    private static final String COLLEAGUE_PASSWORD = "Apfel-Strudel-8";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String company = "Personen Beisl " + unique;
    private final String admin = "admin-" + unique + "@people.example";

    @BeforeEach
    void inGerman() {
        restartBrowser("de-DE");
    }

    @Test
    void anAdminInvitesAColleagueWhoJoinsAndIsThenMadeAdminAndDeactivated() {
        String colleague = "kollege-" + unique + "@people.example";
        signInAsNewCustomerAdmin();

        session.click(By.id("menuForm:peopleItem"));
        session.waiter().until(ExpectedConditions.urlContains("/customer/people.xhtml"));
        assertEquals("Personen", session.text(By.cssSelector("h1.cb-title")));
        session.type("inviteForm:email:input", colleague);
        session.type("inviteForm:firstName:input", "Kim");
        session.type("inviteForm:lastName:input", "Kollege");
        session.click(By.id("inviteForm:send"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), colleague));
        assertTrue(rowOf(colleague).contains("Eingeladen"), rowOf(colleague));
        assertTrue(rowOf(colleague).contains("Einkauf"), rowOf(colleague));
        signOut();

        // the colleague chooses a password through the e-mailed link and signs in as a buyer
        choosePassword(Mails.passwordLink(SMTP, colleague, "Join " + company + " on Clientbook"), COLLEAGUE_PASSWORD);
        session.signIn(colleague, COLLEAGUE_PASSWORD);
        assertTrue(session.driver().getCurrentUrl().endsWith("/customer/home.xhtml"), session.driver().getCurrentUrl());
        assertTrue(session.driver().findElements(By.id("menuForm:peopleItem")).isEmpty(), "buyers have no people page in the menu");
        session.driver().get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        assertTrue(session.text(By.id("forbidden")).contains("Ihr Konto darf diese Seite nicht öffnen"));
        signOut();

        // the admin sees them active, makes them admin, then deactivates them
        session.signIn(admin, ADMIN_PASSWORD);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        assertTrue(rowOf(colleague).contains("Aktiv"), rowOf(colleague));
        session.click(By.id(buttonOf(colleague, "makeAdmin")));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "ist jetzt Admin"));
        session.settle();
        assertTrue(session.driver().findElements(By.id(buttonOf(colleague, "makeAdmin"))).isEmpty());

        // the colleague, now an admin, is signed in in another browser while the admin deactivates them: their
        // session ends with their next page
        try (BrowserSession elsewhere = BrowserSession.open("de-DE")) {
            elsewhere.signIn(colleague, COLLEAGUE_PASSWORD);
            elsewhere.driver().get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
            assertTrue(elsewhere.text(By.id("peopleForm:people")).contains(admin), "an admin sees the people page");

            session.click(By.id(buttonOf(colleague, "deactivate")));
            session.click(By.id("peopleForm:confirmYes"));
            session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "ist deaktiviert"));
            session.settle();
            assertTrue(rowOf(colleague).contains("Deaktiviert"), rowOf(colleague));

            elsewhere.driver().get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
            elsewhere.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
            elsewhere.driver().get(SystemTestServer.baseUrl() + "/customer/home.xhtml");
            elsewhere.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
            assertTrue(elsewhere.driver().findElements(By.id("peopleForm:people")).isEmpty());
        }

        // now the only active admin: making themselves a buyer is refused, and nothing changes
        session.click(By.id(buttonOf(admin, "makeMember")));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("peopleForm:messages"),
                "letzte aktive Admin"));
        assertTrue(rowOf(admin).contains("Admin") && rowOf(admin).contains("Aktiv"), rowOf(admin));
        signOut();

        // the deactivated colleague cannot sign in
        session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml");
        session.type("loginForm:email:input", colleague);
        session.type("loginForm:password:input", COLLEAGUE_PASSWORD);
        session.click(By.id("loginForm:signIn"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                "E-Mail-Adresse oder Passwort stimmen nicht."));

        // another company's admin does not see them; a vendor may not open the page
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        String othersPeople = session.text(By.id("peopleForm:people"));
        assertTrue(othersPeople.contains(DemoData.CUSTOMER_ADMIN), othersPeople);
        assertFalse(othersPeople.contains(colleague), othersPeople);
        assertFalse(othersPeople.contains(admin), othersPeople);
        signOut();
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        assertTrue(session.text(By.id("forbidden")).contains("Ihr Konto darf diese Seite nicht öffnen"));
    }

    @Test
    void aPersonChangesTheirEmailAddressWhichCountsOnceConfirmed() {
        String newAddress = "neu-" + unique + "@people.example";
        signInAsNewCustomerAdmin();

        session.click(By.id("menuForm:contact"));
        session.waiter().until(ExpectedConditions.urlContains("/account/contact.xhtml"));
        session.type("contactForm:timeZone:input_input", "Mars/Olympus");
        session.settle();
        session.click(By.id("contactForm:save"));
        assertTrue(session.text(By.cssSelector("#contactForm\\:timeZone .ui-message-error")).contains("Zeitzone"),
                "an unknown zone is refused at its field");
        session.type("contactForm:timeZone:input_input", "Europe/Vienna");
        session.type("contactForm:officePhone:input", "+43 1 512 34 56");
        session.type("contactForm:email:input", newAddress);
        session.settle();
        session.click(By.id("contactForm:save"));
        assertTrue(session.text(By.id("contactForm:pending")).contains(newAddress));
        signOut();

        // until confirmed, the old address signs in
        session.signIn(admin, ADMIN_PASSWORD);
        assertTrue(session.driver().getCurrentUrl().endsWith("/customer/home.xhtml"), session.driver().getCurrentUrl());
        signOut();

        String link = confirmationLink(newAddress);
        session.driver().get(link);
        session.click(By.id("confirmForm:confirm"));
        assertTrue(session.text(By.id("done")).contains(newAddress), session.text(By.tagName("main")));
        session.driver().get(link);
        session.click(By.id("confirmForm:confirm"));
        assertTrue(session.text(By.id("linkInvalid")).contains("gilt nicht mehr"), "the link works once");

        session.signIn(newAddress, ADMIN_PASSWORD);
        assertTrue(session.driver().getCurrentUrl().endsWith("/customer/home.xhtml"), session.driver().getCurrentUrl());
        session.click(By.id("menuForm:contact"));
        assertTrue(session.text(By.id("contactForm:former")).contains(admin), "the old address is kept as a former one");
        assertEquals("Europe/Vienna", session.driver().findElement(By.id("contactForm:timeZone:input_input")).getAttribute("value"));
    }

    /** A new customer of Alpine (through its API) whose first person, its admin, chooses a password and signs in. */
    private void signInAsNewCustomerAdmin() {
        HttpResponse<String> added = SystemTestServer.sendJson("POST", "/api/v1/customers", DemoData.ALPINE_API_KEY,
                SystemTestServer.JSON.createObjectNode()
                        .put("companyName", company)
                        .put("email", admin)
                        .put("contactFirstName", "Ada")
                        .put("contactLastName", "Ahorn"));
        assertEquals(201, added.statusCode(), added.body());
        choosePassword(Mails.passwordLink(SMTP, admin, "Set your Clientbook password"), ADMIN_PASSWORD);
        session.signIn(admin, ADMIN_PASSWORD);
    }

    private void choosePassword(String link, String password) {
        session.driver().get(link);
        session.type("setPasswordForm:password:input", password);
        session.type("setPasswordForm:repeatedPassword:input", password);
        session.click(By.id("setPasswordForm:save"));
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.click(By.id("signIn"));
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /** The text of the person's row in the people table, read again should the table be replaced meanwhile. */
    private String rowOf(String email) {
        return row(email, WebElement::getText);
    }

    /** The client id of a button in the person's row, e.g. {@code peopleForm:people:1:makeAdmin}. */
    private String buttonOf(String email, String button) {
        return "peopleForm:people:" + row(email, r -> r.getAttribute("data-ri")) + ":" + button;
    }

    private String row(String email, Function<WebElement, String> read) {
        return session.waiter().until(d -> session.rows("peopleForm:people").stream()
                .filter(r -> r.getText().contains(email)).findFirst().map(read).orElse(null));
    }

    private String confirmationLink(String email) {
        List<String> mails = Mails.await(SMTP, email, "Confirm your new Clientbook e-mail address", 1);
        Matcher link = CONFIRM_LINK.matcher(mails.get(mails.size() - 1));
        assertTrue(link.find(), mails.get(mails.size() - 1));
        return link.group();
    }

    private void signOut() {
        session.click(By.id("menuForm:signOut"));
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}
