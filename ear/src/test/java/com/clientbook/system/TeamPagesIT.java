package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vendor's Team page and the Platform admins page in a real browser, in German (issue 10): the vendor admin invites
 * a staff member, the e-mail arrives over real SMTP, the staff member joins through its link, sees the team without
 * any button and a customer without ban, lift or unlink; another vendor's admin does not see them; the admin
 * deactivates them and is offered to reactivate them. A platform admin invites another platform admin, who joins and
 * sees the page; a vendor cannot open it. Screenshots at 390 px and desktop width land in {@code target/screenshots}.
 */
class TeamPagesIT extends BrowserTest {

    private static final String STAFF_PASSWORD = "Berg-Kaese-Laib-9";
    /** Alpine Fresh Foods writes to its people in German (its language in the demo data). */
    private static final String ALPINE_JOIN_SUBJECT = DemoData.ALPINE + " auf Clientbook beitreten";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void inGerman() {
        restartBrowser("de-DE");
    }

    @Test
    void aVendorAdminInvitesStaffWhoJoinAndSeeTheTeamAndCustomersReadOnly() {
        String staff = "mitarbeit-" + unique + "@alpine-fresh.example";
        long customerId = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, SystemTestServer.JSON.createObjectNode()
                .put("companyName", "Team Beisl " + unique)
                .put("email", "team-beisl-" + unique + "@customer.example")).get("id").asLong();
        session.signIn(DemoData.ALPINE_ADMIN);

        session.click(By.id("menuForm:teamItem"));
        session.waiter().until(ExpectedConditions.urlContains("/vendor/team.xhtml"));
        assertEquals("Team", session.text(By.cssSelector("h1.cb-title")));
        assertTrue(rowOf(DemoData.ALPINE_ADMIN).contains("Admin"), rowOf(DemoData.ALPINE_ADMIN));
        session.type("inviteForm:email:input", staff);
        session.type("inviteForm:firstName:input", "Mia");
        session.type("inviteForm:lastName:input", "Mitarbeit");
        session.click(By.id("inviteForm:send"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), staff));
        assertTrue(rowOf(staff).contains("Eingeladen") && rowOf(staff).contains("Mitarbeiter/in"), rowOf(staff));
        screenshots("team-admin");
        signOut();

        // the staff member joins through the e-mailed link and sees the team, without a form or a button
        choosePassword(Mails.passwordLink(SMTP, staff, ALPINE_JOIN_SUBJECT));
        session.signIn(staff, STAFF_PASSWORD);
        session.click(By.id("menuForm:teamItem"));
        session.waiter().until(ExpectedConditions.urlContains("/vendor/team.xhtml"));
        assertTrue(rowOf(staff).contains("Aktiv"), rowOf(staff));
        assertTrue(rowOf(DemoData.ALPINE_ADMIN).contains("Admin"), rowOf(DemoData.ALPINE_ADMIN));
        assertTrue(session.driver().findElements(By.id("inviteForm")).isEmpty(), "staff invite nobody");
        assertTrue(session.driver().findElements(By.cssSelector("#peopleForm\\:people button")).isEmpty(), "staff change nobody");
        screenshots("team-staff");

        // ... and a customer without ban, lift or unlink
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + customerId);
        assertEquals("Team Beisl " + unique, session.text(By.cssSelector("h1")));
        assertTrue(session.driver().findElements(By.id("numberForm:unlink")).isEmpty(), "staff do not unlink");
        assertTrue(session.driver().findElements(By.id("banActions:ban")).isEmpty(), "staff do not ban");
        assertTrue(session.text(By.id("banActions:adminsOnly")).contains("Nur Ihre Admins"));
        String people = session.text(By.id("peopleTable"));
        assertTrue(people.contains("Admin") && people.contains("Noch nicht registriert") && people.contains("nie"), people);
        assertFalse(people.contains("@customer.example"), "a customer's people show without e-mail addresses: " + people);
        signOut();

        // another vendor's admin does not see the staff member
        session.signIn(DemoData.BALTIC_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/team.xhtml");
        String balticTeam = session.text(By.id("peopleForm:people"));
        assertTrue(balticTeam.contains(DemoData.BALTIC_ADMIN), balticTeam);
        assertFalse(balticTeam.contains(staff), balticTeam);
        signOut();

        // the admin deactivates the staff member, who may be reactivated with a new link
        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/team.xhtml");
        session.click(By.id(buttonOf(staff, "deactivate")));
        session.click(By.id("peopleForm:confirmYes"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "ist deaktiviert"));
        session.settle();
        assertTrue(rowOf(staff).contains("Deaktiviert"), rowOf(staff));
        session.click(By.id(buttonOf(staff, "reactivate")));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "neuen Link"));
        session.settle();
        assertTrue(rowOf(staff).contains("Eingeladen"), rowOf(staff));
        assertEquals(2, Mails.await(SMTP, staff, ALPINE_JOIN_SUBJECT, 2).size());
    }

    @Test
    void aPlatformAdminInvitesAnotherPlatformAdminWhoJoinsAndAVendorCannotOpenThePage() {
        String second = "plattform-" + unique + "@operator.example";
        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());

        session.click(By.id("menuForm:platformAdminsItem"));
        session.waiter().until(ExpectedConditions.urlContains("/admin/admins.xhtml"));
        assertEquals("Plattform-Admins", session.text(By.cssSelector("h1.cb-title")));
        assertTrue(session.driver().findElements(By.id("inviteForm:role")).isEmpty(), "platform admins have one role only");
        session.type("inviteForm:email:input", second);
        session.type("inviteForm:firstName:input", "Paula");
        session.click(By.id("inviteForm:send"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), second));
        assertTrue(rowOf(second).contains("Plattform-Admin") && rowOf(second).contains("Eingeladen"), rowOf(second));
        screenshots("platform-admins");
        signOut();

        choosePassword(Mails.passwordLink(SMTP, second, "Become a Clientbook platform administrator"));
        session.signIn(second, STAFF_PASSWORD);
        session.driver().get(SystemTestServer.baseUrl() + "/admin/admins.xhtml");
        assertTrue(rowOf(second).contains("Aktiv"), rowOf(second));
        assertTrue(rowOf(SystemTestServer.adminEmail()).contains("Plattform-Admin"));
        // the new admin deactivates themselves (the first one stays), is signed out at once and cannot come back
        session.click(By.id(buttonOf(second, "deactivate")));
        session.click(By.id("peopleForm:confirmYes"));
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        session.driver().get(SystemTestServer.baseUrl() + "/admin/admins.xhtml");
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        session.type("loginForm:email:input", second);
        session.type("loginForm:password:input", STAFF_PASSWORD);
        session.click(By.id("loginForm:signIn"));
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                "E-Mail-Adresse oder Passwort stimmen nicht."));

        session.signIn(DemoData.ALPINE_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/admin/admins.xhtml");
        assertTrue(session.text(By.id("forbidden")).contains("Ihr Konto darf diese Seite nicht öffnen"));
        assertTrue(session.driver().findElements(By.id("menuForm:platformAdminsItem")).isEmpty());
    }

    private void choosePassword(String link) {
        session.driver().get(link);
        session.type("setPasswordForm:password:input", STAFF_PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", STAFF_PASSWORD);
        session.click(By.id("setPasswordForm:save"));
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.click(By.id("signIn"));
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /** The page at phone width (390 px) and at desktop width, as PNG files to look at. */
    private void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {390, 1400}) {
                session.driver().manage().window().setSize(new Dimension(width, 1000));
                session.settle();
                byte[] png = ((TakesScreenshot) session.driver()).getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rowOf(String email) {
        return row(email, WebElement::getText);
    }

    private String buttonOf(String email, String button) {
        return "peopleForm:people:" + row(email, r -> r.getAttribute("data-ri")) + ":" + button;
    }

    private String row(String email, Function<WebElement, String> read) {
        return session.waiter().until(d -> session.rows("peopleForm:people").stream()
                .filter(r -> r.getText().contains(email)).findFirst().map(read).orElse(null));
    }

    private void signOut() {
        session.click(By.id("menuForm:signOut"));
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}
