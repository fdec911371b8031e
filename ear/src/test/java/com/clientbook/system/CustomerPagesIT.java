package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer pages as a person uses them, in a real browser against a running server in demo mode
 * ({@code clientbook.baseUrl}); the server's SMTP host is the GreenMail server this test starts on
 * {@code clientbook.smtpPort}. Every test makes its own customers, with names no other run uses.
 */
class CustomerPagesIT extends BrowserTest {


    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    @Test
    void vendorAddsACustomerAndFindsItByName() {
        browser.get(SystemTestServer.baseUrl() + "/login.xhtml");
        String sessionBeforeSignIn = browser.manage().getCookieNamed("JSESSIONID").getValue();
        session.signIn(DemoData.ALPINE_ADMIN, DemoData.PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/vendor/customers.xhtml"), browser.getCurrentUrl());
        assertNotEquals(sessionBeforeSignIn, browser.manage().getCookieNamed("JSESSIONID").getValue(),
                "signing in gives the session a new id");
        assertTrue(session.text(By.id("menuForm")).contains("Anna Admin"), "the menu names the signed-in person");

        String name = "Selenium Bistro " + unique();
        String number = "SEL-" + unique();
        addCustomer(name, unique() + "@bistro.example", number);

        filterByName(name);
        List<WebElement> rows = rows();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(name));
        assertTrue(rows.get(0).getText().contains(number));
        assertTrue(rows.get(0).getText().contains("Prospect"));

        browser.findElement(By.id("customersForm:addCustomer")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.type("addCustomerForm:companyName:input", "Second " + name);
        session.type("addCustomerForm:email:input", unique() + "@bistro.example");
        session.type("addCustomerForm:customerNumber:input", number.toLowerCase());
        browser.findElement(By.id("addCustomerForm:save")).click();
        assertEquals("Customer number " + number.toLowerCase() + " is already used for " + name + ".",
                session.text(By.cssSelector("#addCustomerForm\\:customerNumber .ui-message-error")),
                "a customer number the vendor uses already is refused at its field");
    }

    @Test
    void aGermanBrowserGetsGermanPagesAndMessagesAtTheFields() throws IOException {
        restartBrowser("de-DE");
        browser.get(SystemTestServer.baseUrl() + "/login.xhtml");
        assertEquals("Anmelden", session.text(By.cssSelector("h1")));
        session.signIn(DemoData.ALPINE_ADMIN, DemoData.PASSWORD);
        assertEquals("Kunden", session.text(By.cssSelector("h1")));

        browser.findElement(By.id("customersForm:addCustomer")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.type("addCustomerForm:email:input", "not-an-address");
        session.type("addCustomerForm:postalCode:input", "1".repeat(21));
        browser.findElement(By.id("addCustomerForm:save")).click();

        assertEquals("Bitte den Firmennamen angeben.", session.text(By.cssSelector("#addCustomerForm\\:companyName .ui-message-error")));
        assertEquals("Das ist keine gültige E-Mail-Adresse.", session.text(By.cssSelector("#addCustomerForm\\:email .ui-message-error")));
        assertEquals("Die Postleitzahl darf höchstens 20 Zeichen haben.", session.text(By.cssSelector("#addCustomerForm\\:postalCode .ui-message-error")));
        assertTrue(browser.findElement(By.id("addCustomerDialog")).isDisplayed(), "the dialog stays open to correct the input");
    }

    @Test
    void aFailedSignInSaysNothingAboutWhetherTheAccountExists() {
        signInExpectingRefusal(DemoData.ALPINE_ADMIN, "Wrong-Password-1");
        String wrongPassword = session.text(By.id("loginForm:messages"));
        signInExpectingRefusal("nobody-" + unique() + "@nowhere.example", "Wrong-Password-1");
        assertEquals(wrongPassword, session.text(By.id("loginForm:messages")));
        assertEquals("The e-mail address or the password is not right.", wrongPassword);
    }

    @Test
    void aPlatformAdminLandsOnTheAdministrationPage() {
        session.signIn(System.getProperty("clientbook.adminEmail", "admin@clientbook.example"),
                System.getProperty("clientbook.adminPassword", "System-Test-Admin-1"));
        assertTrue(browser.getCurrentUrl().endsWith("/admin/home.xhtml"), browser.getCurrentUrl());
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        assertTrue(browser.findElements(By.id("customersForm:customers")).isEmpty(), "the platform admin is no vendor");
    }

    @Test
    void aVendorDoesNotSeeAnotherVendorsCustomers() {
        session.signIn(DemoData.ALPINE_ADMIN, DemoData.PASSWORD);
        String name = "Alpine Only " + unique();
        addCustomerWithoutAddress(name, unique() + "@alpine-only.example");
        filterByName(name);
        assertEquals(1, rows().size(), "Alpine sees its new customer");
        signOut();

        session.signIn(DemoData.BALTIC_ADMIN, DemoData.PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/vendor/customers.xhtml"));
        filterByName(name);
        assertTrue(rows().isEmpty(), "Baltic must not see Alpine's customer");
        assertTrue(session.text(By.id("customersForm:customers")).contains("No customers match"));
    }

    @Test
    void aCustomerUserIsRefusedTheVendorPages() {
        session.signIn(DemoData.CUSTOMER_ADMIN, DemoData.PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/customer/home.xhtml"), browser.getCurrentUrl());

        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");

        assertTrue(browser.findElements(By.id("customersForm:customers")).isEmpty(), "the vendor's table is not shown");
        assertTrue(session.text(By.tagName("main")).contains("Your account may not open this page"), session.text(By.tagName("main")));
    }

    @Test
    void aNewCustomerSetsTheirPasswordFromTheEmailLinkAndSignsIn() throws Exception {
        session.signIn(DemoData.ALPINE_ADMIN, DemoData.PASSWORD);
        String name = "Mail Link Café " + unique();
        String email = "owner-" + unique() + "@mail-link.example";
        addCustomer(name, email, null);
        signOut();

        String link = Mails.passwordLink(SMTP, email, "Set your Clientbook password");
        String password = "Correct-Horse-7";
        browser.get(link);
        assertTrue(session.text(By.id("setPasswordForm:intro")).contains(email), "the page names the account");
        browser.findElement(By.id("setPasswordForm:password:input")).sendKeys(password);
        browser.findElement(By.id("setPasswordForm:repeatedPassword:input")).sendKeys(password);
        browser.findElement(By.id("setPasswordForm:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));

        browser.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        session.signIn(email, password);
        assertTrue(browser.getCurrentUrl().endsWith("/customer/home.xhtml"), browser.getCurrentUrl());
        assertTrue(session.text(By.id("company")).contains(name));
        signOut();

        browser.get(link);
        assertTrue(browser.findElements(By.id("setPasswordForm")).isEmpty(), "a used link offers no form");
        assertTrue(session.text(By.id("linkInvalid")).contains("not valid any more"));
    }

    private void signInExpectingRefusal(String email, String password) {
        browser.get(SystemTestServer.baseUrl() + "/login.xhtml");
        browser.findElement(By.id("loginForm:email:input")).sendKeys(email);
        browser.findElement(By.id("loginForm:password:input")).sendKeys(password);
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#loginForm\\:messages .ui-messages-error")));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
    }

    private void signOut() {
        browser.findElement(By.id("menuForm:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /** Fills and saves the "Add customer" dialog; waits until it closed and the table was refreshed. */
    private void addCustomer(String name, String email, String customerNumber) {
        browser.findElement(By.id("customersForm:addCustomer")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.type("addCustomerForm:companyName:input", name);
        session.type("addCustomerForm:email:input", email);
        session.type("addCustomerForm:contactFirstName:input", "Robin");
        session.type("addCustomerForm:contactLastName:input", "Tester");
        session.type("addCustomerForm:street:input", "Teststrasse 1");
        session.type("addCustomerForm:postalCode:input", "80331");
        session.type("addCustomerForm:city:input", "München");
        if (customerNumber != null) {
            session.type("addCustomerForm:customerNumber:input", customerNumber);
        }
        browser.findElement(By.id("addCustomerForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), name));
    }

    /** Only the two required fields: the list must cope with a customer that has no address yet. */
    private void addCustomerWithoutAddress(String name, String email) {
        browser.findElement(By.id("customersForm:addCustomer")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.type("addCustomerForm:companyName:input", name);
        session.type("addCustomerForm:email:input", email);
        browser.findElement(By.id("addCustomerForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), name));
    }

    private void filterByName(String name) {
        WebElement filter = browser.findElement(By.id("customersForm:customers:companyName:filter"));
        filter.clear();
        filter.sendKeys(name);
        wait.until(driver -> {
            List<WebElement> rows = rows();
            boolean empty = !browser.findElements(By.cssSelector("#customersForm\\:customers_data tr.ui-datatable-empty-message")).isEmpty();
            return empty || (!rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(name)));
        });
    }

    /** The table's data rows; the "no customers" line is not one. */
    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#customersForm\\:customers_data tr[data-ri]"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
