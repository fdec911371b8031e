package com.clientbook.system;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real installation from an empty database (issue 10), in the browser: the build runs this test first, on the
 * server {@code ./clientbook it-start} started without demo data (ear/pom.xml, execution "fresh-install"). The
 * platform admin signs in with the configured sign-in, creates a vendor with its first admin, the admin's e-mail
 * arrives over real SMTP, the admin chooses a password through its link, signs in and invites a staff member, who
 * joins through the e-mailed link and adds the first customer, whose own e-mail arrives too (so nothing of this
 * test is left in the outbox for the tests after it).
 */
class FreshInstallIT extends BrowserTest {

    private static final String VENDOR_PASSWORD = "First-Vendor-Admin-1";
    private static final String STAFF_PASSWORD = "First-Vendor-Staff-1";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPlatformAdminCreatesAVendorWhoseAdminSetsAPasswordAndAddsTheFirstCustomer() {
        String vendorName = "Erste Frische " + unique;
        String vendorAdmin = "vera-" + unique + "@erste-frische.example";

        // the platform admin, with the sign-in the installation was started with
        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
        wait.until(ExpectedConditions.urlContains("/admin/home.xhtml"));
        long vendorsBefore = Long.parseLong(session.text(By.id("activeVendors")));
        session.click(By.id("menuForm:platformVendorsItem"));
        wait.until(ExpectedConditions.urlContains("/admin/vendors.xhtml"));
        session.click(By.id("vendorsForm:newVendor"));
        wait.until(ExpectedConditions.urlContains("/admin/new-vendor.xhtml"));
        session.type("vendorForm:name:input", vendorName);
        session.type("vendorForm:city:input", "Linz");
        session.type("vendorForm:email:input", "office-" + unique + "@erste-frische.example");
        session.type("vendorForm:adminFirstName:input", "Vera");
        session.type("vendorForm:adminLastName:input", "Vendor");
        session.type("vendorForm:adminEmail:input", vendorAdmin);
        session.click(By.id("vendorForm:create"));
        wait.until(ExpectedConditions.urlContains("/admin/vendor.xhtml"));
        assertEquals(vendorName, session.text(By.cssSelector("h1.cb-title")));
        assertTrue(session.text(By.id("historyForm:history")).contains("Vendor created"));
        session.driver().get(SystemTestServer.baseUrl() + "/admin/home.xhtml");
        assertEquals(vendorsBefore + 1, Long.parseLong(session.text(By.id("activeVendors"))));
        session.click(By.id("menuForm:signOut"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        // the vendor's first admin, through the e-mailed link
        String link = Mails.passwordLink(SMTP, vendorAdmin, "Welcome to Clientbook: choose your password");
        session.driver().get(link);
        session.type("setPasswordForm:password:input", VENDOR_PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", VENDOR_PASSWORD);
        session.click(By.id("setPasswordForm:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.click(By.id("signIn"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        session.signIn(vendorAdmin, VENDOR_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
        assertTrue(session.text(By.id("menuForm")).contains(vendorName), "signed in for the new vendor");

        // the admin builds the team: a staff member, who joins through the e-mailed link
        String staff = "stefan-" + unique + "@erste-frische.example";
        session.click(By.id("menuForm:teamItem"));
        wait.until(ExpectedConditions.urlContains("/vendor/team.xhtml"));
        session.type("inviteForm:email:input", staff);
        session.type("inviteForm:firstName:input", "Stefan");
        session.type("inviteForm:lastName:input", "Staff");
        session.click(By.id("inviteForm:send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), staff));
        assertTrue(session.text(By.id("peopleForm:people")).contains(staff), "the invited colleague is on the team");
        session.click(By.id("menuForm:signOut"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        session.driver().get(Mails.passwordLink(SMTP, staff, "Join " + vendorName + " on Clientbook"));
        session.type("setPasswordForm:password:input", STAFF_PASSWORD);
        session.type("setPasswordForm:repeatedPassword:input", STAFF_PASSWORD);
        session.click(By.id("setPasswordForm:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.click(By.id("signIn"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        session.signIn(staff, STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/vendor/customers.xhtml"));
        assertTrue(session.driver().findElements(By.id("menuForm:apiKeysItem")).isEmpty(), "staff manage no API keys");

        // the staff member adds the first customer
        String customer = "Gasthof Erster " + unique;
        String customerEmail = "wirt-" + unique + "@gasthof.example";
        session.click(By.id("customersForm:addCustomer"));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.type("addCustomerForm:companyName:input", customer);
        session.type("addCustomerForm:email:input", customerEmail);
        session.type("addCustomerForm:contactFirstName:input", "Walter");
        session.type("addCustomerForm:contactLastName:input", "Wirt");
        session.click(By.id("addCustomerForm:save"));
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), customer));
        assertTrue(session.text(By.id("customersForm:customers")).contains(customer));
        assertTrue(Mails.passwordLink(SMTP, customerEmail, "Set your Clientbook password").contains("/set-password.xhtml"));
    }
}
