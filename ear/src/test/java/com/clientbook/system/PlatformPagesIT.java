package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
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
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform administration's pages in a real browser (issue 10): in German, the home page's counts, the vendor
 * list's search, New vendor refused at its fields with every typed value kept, then created; the vendor's details
 * changed, suspended with a reason (required) and reactivated, each in its history; screenshots at 390 px and at
 * desktop width (target/screenshots). Platform API keys issued and revoked on their page. Vendors and customers do
 * not reach /admin/, platform admins do not reach a vendor's customers. A vendor admin's company profile reaches the
 * vendor's customers on My vendors; staff may not change it.
 */
class PlatformPagesIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String FORBIDDEN = "Your account may not open this page";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPlatformAdminCreatesChangesSuspendsAndReactivatesAVendorInGerman() {
        restartBrowser("de-DE");
        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
        wait.until(ExpectedConditions.urlContains("/admin/home.xhtml"));
        assertTrue(session.text(By.tagName("main")).contains("Aktive Lieferanten"));
        assertTrue(Long.parseLong(session.text(By.id("activeVendors"))) >= 2, "the demo vendors");
        screenshot("admin-home-de");

        session.click(By.id("menuForm:platformVendorsItem"));
        wait.until(ExpectedConditions.urlContains("/admin/vendors.xhtml"));
        session.type("vendorsForm:vendors:globalFilter", "alpine fresh");
        wait.until(d -> session.rows("vendorsForm:vendors").size() == 1
                && session.rows("vendorsForm:vendors").get(0).getText().contains(DemoData.ALPINE));
        assertTrue(session.rows("vendorsForm:vendors").get(0).getText().contains("Aktiv"));
        assertFalse(session.text(By.id("vendorsForm:vendors")).contains("Clientbook platform"));
        screenshot("admin-vendors-de");

        // refused at the fields, every typed value kept
        session.click(By.id("vendorsForm:newVendor"));
        wait.until(ExpectedConditions.urlContains("/admin/new-vendor.xhtml"));
        session.type("vendorForm:name:input", DemoData.ALPINE.toUpperCase());
        session.type("vendorForm:city:input", "Bregenz");
        session.type("vendorForm:website:input", "javascript:alert(1)");
        session.type("vendorForm:adminFirstName:input", "Nora");
        session.type("vendorForm:adminEmail:input", DemoData.ALPINE_ADMIN);
        session.click(By.id("vendorForm:create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vendorForm\\:adminLastName .ui-message-error")));
        assertTrue(session.text(By.cssSelector("#vendorForm\\:website .ui-message-error")).contains("Webadresse"));
        assertEquals("Bregenz", session.driver().findElement(By.id("vendorForm:city:input")).getDomProperty("value"));
        assertEquals("Nora", session.driver().findElement(By.id("vendorForm:adminFirstName:input")).getDomProperty("value"));
        String vendorName = "Bodensee Frisch " + unique;
        session.type("vendorForm:website:input", "bodensee.example");
        session.type("vendorForm:adminLastName:input", "Neu");
        session.click(By.id("vendorForm:create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vendorForm\\:name .ui-message-error")));
        assertTrue(session.text(By.cssSelector("#vendorForm\\:name .ui-message-error")).contains("bereits"));
        session.type("vendorForm:name:input", vendorName);
        session.click(By.id("vendorForm:create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vendorForm\\:adminEmail .ui-message-error")));
        assertTrue(session.text(By.cssSelector("#vendorForm\\:adminEmail .ui-message-error")).contains("bereits verwendet"));
        session.type("vendorForm:adminEmail:input", "nora-" + unique + "@bodensee.example");
        session.click(By.id("vendorForm:create"));
        wait.until(ExpectedConditions.urlContains("/admin/vendor.xhtml"));
        assertEquals(vendorName, session.text(By.cssSelector("h1.cb-title")));
        assertTrue(session.text(By.id("people")).contains("nora-" + unique + "@bodensee.example"));
        assertTrue(session.text(By.id("people")).contains("Eingeladen"), "no password yet");

        // changed, then suspended (a reason is required) and reactivated, all in the history
        session.type("vendorForm:city:input", "Lindau");
        session.click(By.id("vendorForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:history"), "Bregenz → Lindau"));
        session.click(By.id("statusForm:suspend"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suspendDialog")));
        session.click(By.id("suspendForm:confirmSuspend"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suspendForm\\:reason .ui-message-error")));
        session.type("suspendForm:reason:input", "Vertrag gekündigt");
        session.click(By.id("suspendForm:confirmSuspend"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm:status"), "Gesperrt"));
        assertTrue(session.text(By.id("statusPanel")).contains("Vertrag gekündigt"));
        assertTrue(session.text(By.id("historyForm:history")).contains("Lieferant gesperrt"));
        setWidth(390);
        screenshot("admin-vendor-suspended-de-390");
        setWidth(1280);
        screenshot("admin-vendor-suspended-de-desktop");
        session.click(By.id("statusForm:reactivate"));
        session.click(By.id("statusForm:confirmYes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm:status"), "Aktiv"));
        assertTrue(session.text(By.id("historyForm:history")).contains("Lieferant reaktiviert"));
        session.driver().get(SystemTestServer.baseUrl() + "/admin/new-vendor.xhtml");
        setWidth(390);
        screenshot("admin-new-vendor-de-390");
        setWidth(1280);
    }

    @Test
    void platformApiKeysAreIssuedOnceAndRevokedOnTheirPage() {
        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
        String name = "Provisioning " + unique;
        String secret = PlatformKeys.issue(session, name);
        assertEquals(200, SystemTestServer.apiGet("/api/v1/platform/vendors", secret).statusCode());
        assertFalse(session.driver().getPageSource().contains(secret), "the secret is shown once");

        WebElement revoke = wait.until(d -> session.rows("keysForm:keys").stream().filter(r -> r.getText().contains(name))
                .findFirst().map(r -> r.findElement(By.cssSelector("button[id$=':revoke']"))).orElse(null));
        revoke.click();
        session.click(By.id("keysForm:confirmYes"));
        wait.until(d -> session.rows("keysForm:keys").stream().anyMatch(r -> r.getText().contains(name) && r.getText().contains("Revoked")));
        assertEquals(401, SystemTestServer.apiGet("/api/v1/platform/vendors", secret).statusCode());
    }

    @Test
    void vendorsAndCustomersDoNotReachAdminPagesAndPlatformAdminsNoCustomers() {
        for (String person : new String[] {DemoData.ALPINE_ADMIN, DemoData.CUSTOMER_ADMIN}) {
            session.signIn(person);
            for (String page : new String[] {"/admin/home.xhtml", "/admin/vendors.xhtml", "/admin/new-vendor.xhtml",
                    "/admin/api-keys.xhtml", "/admin/vendor.xhtml?id=1"}) {
                session.driver().get(SystemTestServer.baseUrl() + page);
                assertTrue(session.text(By.tagName("main")).contains(FORBIDDEN), person + " on " + page);
            }
            assertTrue(session.driver().findElements(By.id("menuForm:platformVendorsItem")).isEmpty());
            restartBrowser();
        }
        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
        for (String page : new String[] {"/vendor/customers.xhtml", "/vendor/customer.xhtml?id=1", "/vendor/dashboard.xhtml",
                "/customer/vendors.xhtml"}) {
            session.driver().get(SystemTestServer.baseUrl() + page);
            assertTrue(session.text(By.tagName("main")).contains(FORBIDDEN), page);
        }
    }

    @Test
    void aVendorAdminsProfileReachesItsCustomersAndStaffMayNotChangeIt() {
        String about = "Frisches aus den Alpen, geliefert Montag bis Samstag " + unique;
        session.signIn(DemoData.ALPINE_ADMIN);
        session.click(By.id("menuForm:vendorProfileItem"));
        wait.until(ExpectedConditions.urlContains("/vendor/profile.xhtml"));
        session.type("vendorProfileForm:about:input", about);
        session.type("vendorProfileForm:replyTo:input", "not an address");
        session.click(By.id("vendorProfileForm:save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vendorProfileForm\\:replyTo .ui-message-error")));
        assertEquals(about, session.driver().findElement(By.id("vendorProfileForm:about:input")).getDomProperty("value"));
        session.type("vendorProfileForm:replyTo:input", "");
        session.click(By.id("vendorProfileForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "saved"));
        restartBrowser();

        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.driver().get(SystemTestServer.baseUrl() + "/customer/vendors.xhtml");
        assertTrue(session.text(By.id("vendorsTable")).contains(about), session.text(By.id("vendorsTable")));
        restartBrowser();

        session.signIn(DemoData.ALPINE_STAFF);
        assertTrue(session.driver().findElements(By.id("menuForm:vendorProfileItem")).isEmpty());
        session.driver().get(SystemTestServer.baseUrl() + "/vendor/profile.xhtml");
        assertTrue(session.text(By.tagName("main")).contains(FORBIDDEN));
    }

    private void setWidth(int width) {
        session.driver().manage().window().setSize(new Dimension(width, 900));
        session.settle();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) session.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
