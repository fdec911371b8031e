package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passwords in a real browser against the running server (issue 5): "Forgot your password?" → the e-mail in GreenMail
 * → a new password → signing in with it; and changing the password from the user menu, where a wrong current password
 * is refused at its field. Each test makes its own customer through Alpine's API, so the demo sign-ins keep their
 * passwords.
 */
class PasswordPagesIT {

    private static final String FIRST_PASSWORD = "Correct-Horse-7";
    private static final String NEW_PASSWORD = "Battery-Staple-8";
    private static final String RESET_SUBJECT = "Choose a new Clientbook password";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private BrowserSession session;

    @BeforeEach
    void openBrowser() {
        session = BrowserSession.open("en-US");
    }

    @AfterEach
    void closeBrowser() {
        session.close();
    }

    @Test
    void aPersonWhoForgotTheirPasswordChoosesANewOneFromTheEmailAndSignsIn() {
        String email = "forgetful-" + unique + "@passwords.example";
        addCustomer(email);

        // a failed sign-in explains the lock and offers the way out
        session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml");
        session.type("loginForm:email:input", email);
        session.type("loginForm:password:input", "Not-My-Password-1");
        session.driver().findElement(By.id("loginForm:signIn")).click();
        assertTrue(session.text(By.id("loginForm:lockHint")).contains("After 5 failed sign-ins in a row an account is locked for 15 minutes"));

        // an unknown address gets the very same answer
        String unknownAnswer = askForResetLink("nobody-" + unique + "@passwords.example");
        String answer = askForResetLink(email);
        assertEquals(unknownAnswer, answer);
        assertTrue(answer.contains("If this address belongs to an account"), answer);

        String link = Mails.passwordLink(SMTP, email, RESET_SUBJECT);
        session.driver().get(link);
        assertTrue(session.text(By.id("setPasswordForm:intro")).contains(email), "the page names the account");
        session.type("setPasswordForm:password:input", NEW_PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", NEW_PASSWORD);
        session.driver().findElement(By.id("setPasswordForm:save")).click();
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));

        session.driver().findElement(By.id("signIn")).click();
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        session.signIn(email, NEW_PASSWORD);
        assertTrue(session.driver().getCurrentUrl().endsWith("/customer/home.xhtml"), session.driver().getCurrentUrl());
        signOut();

        session.driver().get(link);
        assertTrue(session.text(By.id("linkInvalid")).contains("not valid any more"), "the reset link works once");
    }

    @Test
    void aSignedInPersonChangesTheirPasswordAfterAWrongCurrentOneIsRefused() {
        String email = "changer-" + unique + "@passwords.example";
        addCustomer(email);
        session.driver().get(Mails.passwordLink(SMTP, email, "Set your Clientbook password"));
        session.type("setPasswordForm:password:input", FIRST_PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", FIRST_PASSWORD);
        session.driver().findElement(By.id("setPasswordForm:save")).click();
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.signIn(email, FIRST_PASSWORD);

        session.driver().findElement(By.id("menuForm:changePassword")).click();
        session.waiter().until(ExpectedConditions.urlContains("/account/password.xhtml"));
        changePassword("Not-My-Password-1", NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(session.text(By.cssSelector("#changePasswordForm\\:currentPassword .ui-message-error"))
                .startsWith("This is not your current password."));

        changePassword(FIRST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Your password is changed."));
        signOut();

        session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml");
        session.type("loginForm:email:input", email);
        session.type("loginForm:password:input", FIRST_PASSWORD);
        session.driver().findElement(By.id("loginForm:signIn")).click();
        session.waiter().until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                "The e-mail address or the password is not right."));
        session.signIn(email, NEW_PASSWORD);
        assertTrue(session.driver().getCurrentUrl().endsWith("/customer/home.xhtml"), session.driver().getCurrentUrl());
    }

    @Test
    void theChangePasswordPageIsForSignedInPeopleOfEveryRole() {
        session.driver().get(SystemTestServer.baseUrl() + "/account/password.xhtml");
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(session.driver().findElements(By.id("changePasswordForm")).isEmpty(), "nobody signed in: the sign-in page");

        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
        session.driver().findElement(By.id("menuForm:changePassword")).click();
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("changePasswordForm:currentPassword:input")));
        signOut();

        session.signIn(DemoData.ALPINE_STAFF);
        session.driver().findElement(By.id("menuForm:changePassword")).click();
        session.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("changePasswordForm:currentPassword:input")));
    }

    private String askForResetLink(String email) {
        session.driver().get(SystemTestServer.baseUrl() + "/login.xhtml");
        session.driver().findElement(By.id("loginForm:forgotPassword")).click();
        session.type("forgotPasswordForm:email:input", email);
        session.driver().findElement(By.id("forgotPasswordForm:send")).click();
        return session.text(By.id("sent"));
    }

    private void changePassword(String current, String newPassword, String repeated) {
        session.type("changePasswordForm:currentPassword:input", current);
        session.type("changePasswordForm:newPassword:input", newPassword);
        session.type("changePasswordForm:repeatedPassword:input", repeated);
        session.driver().findElement(By.id("changePasswordForm:save")).click();
        session.waiter().until(ExpectedConditions.urlContains("/account/password.xhtml"));
    }

    private void signOut() {
        session.driver().findElement(By.id("menuForm:signOut")).click();
        session.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /** A new customer of Alpine, added through the API: its first person gets the set-password e-mail. */
    private void addCustomer(String email) {
        HttpResponse<String> added = SystemTestServer.sendJson("POST", "/api/v1/customers", DemoData.ALPINE_API_KEY,
                SystemTestServer.JSON.createObjectNode()
                        .put("companyName", "Password Bistro " + unique)
                        .put("email", email)
                        .put("contactFirstName", "Pat")
                        .put("contactLastName", "Password"));
        assertEquals(201, added.statusCode(), added.body());
    }
}
