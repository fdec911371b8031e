package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail status where people look for it (issue 13): while the mail server has not taken an invitation e-mail yet, the
 * customer's details page (the vendor's) and the customer company's People page say "e-mail queued, retrying", in
 * English and German; and the customer admin's revoke of a colleague's invitation asks first, Cancel keeping it.
 * The outbox is put in the state a mail server that is down leaves it in: not sent, attempts made, next try later.
 */
class MailStatusPagesIT extends BrowserTest {

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theCustomerDetailsPageSaysTheInvitationEMailIsStillBeingRetried() throws SQLException {
        String email = "retry-" + unique + "@mail-status.example";
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Retrying " + unique).put("email", email).put("contactFirstName", "Rita")
                .put("contactLastName", "Retry").put("sendInvitation", true)).get("id").asLong();
        retrying(email);

        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        String status = session.text(By.id("numberForm:mailStatus"));
        assertTrue(status.startsWith("E-mail queued, retrying"), status);
        Screenshots.take(session, "customer-details-mail-retrying");
        session.viewport(390, 844);
        session.settle();
        assertEquals(0, session.overflow(), "the mail status fits a phone");
        session.fullWindow();

        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        String german = session.text(By.id("numberForm:mailStatus"));
        assertTrue(german.startsWith("E-Mail in der Warteschlange, neuer Versuch folgt"), german);

        // a customer without an invitation e-mail shows no mail status at all
        long quiet = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Quiet " + unique).put("email", "quiet-" + unique + "@mail-status.example")
                .put("sendInvitation", false)).get("id").asLong();
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + quiet);
        session.text(By.id("numberForm:companyName"));
        assertTrue(browser.findElements(By.id("numberForm:mailStatus")).isEmpty());
    }

    @Test
    void thePeoplePageSaysAColleaguesInvitationIsRetriedAndRevokingAsksFirst() throws SQLException {
        String colleague = "colleague-" + unique + "@mail-status.example";
        session.signIn(DemoData.CUSTOMER_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        session.type("inviteForm:email:input", colleague);
        session.type("inviteForm:firstName:input", "Kim");
        session.type("inviteForm:lastName:input", "Colleague");
        session.click(By.id("inviteForm:send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), colleague));
        retrying(colleague);

        browser.get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        assertTrue(rowOf(colleague).contains("E-mail queued, retrying"), rowOf(colleague));
        assertFalse(rowOf(DemoData.CUSTOMER_ADMIN).contains("E-mail queued"), "only people who have not registered yet");
        Screenshots.take(session, "people-mail-retrying");

        // revoking asks first; Cancel keeps the invitation
        session.click(By.id(buttonOf(colleague, "revoke")));
        WebElement no = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("peopleForm:confirmNo")));
        String question = session.text(By.cssSelector(".ui-confirm-dialog-message"));
        assertTrue(question.startsWith("Revoke the invitation of Kim Colleague?"), question);
        no.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("peopleForm:confirmNo")));
        browser.get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        assertTrue(rowOf(colleague).contains("Invited"), rowOf(colleague));

        session.click(By.id(buttonOf(colleague, "revoke")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("peopleForm:confirmYes"))).click();
        wait.until(driver -> session.rows("peopleForm:people").stream().noneMatch(r -> r.getText().contains(colleague))
                || !rowOf(colleague).contains("Invited"));

        restartBrowser("de-DE");
        String other = "kollegin-" + unique + "@mail-status.example";
        session.signIn(DemoData.CUSTOMER_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        session.type("inviteForm:email:input", other);
        session.click(By.id("inviteForm:send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), other));
        retrying(other);
        browser.get(SystemTestServer.baseUrl() + "/customer/people.xhtml");
        assertTrue(rowOf(other).contains("E-Mail in der Warteschlange, neuer Versuch folgt"), rowOf(other));
    }

    /** The outbox as a mail server that is down leaves it: not sent, tried twice, the next try an hour from now. */
    private static void retrying(String email) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement update = connection.prepareStatement("update outbox_message set sent_at = null, attempts = 2,"
                     + " next_attempt_at = now() + interval '1 hour', last_error = 'Connection refused'"
                     + " where lower(recipient) = lower(?)")) {
            update.setString(1, email);
            assertTrue(update.executeUpdate() >= 1, "an e-mail to " + email + " was queued");
        }
    }

    private String rowOf(String email) {
        return row(email, WebElement::getText);
    }

    private String buttonOf(String email, String button) {
        return "peopleForm:people:" + row(email, r -> r.getAttribute("data-ri")) + ":" + button;
    }

    private String row(String email, Function<WebElement, String> read) {
        return wait.until(d -> session.rows("peopleForm:people").stream()
                .filter(r -> r.getText().contains(email)).findFirst().map(read).orElse(null));
    }
}
