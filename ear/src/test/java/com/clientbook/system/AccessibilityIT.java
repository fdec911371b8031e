package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main pages of each role, checked with axe-core at a desktop width (1440 px) and a phone's (390 px): no critical
 * and no serious accessibility violation (issue 13), and at 390 px no page wider than the screen. Each page is also
 * saved as target/screenshots/a11y-ROLE-PAGE-WIDTH.png for people to look at. Staff and the customer admin read their
 * pages in German, so the longer German words are part of the check.
 */
class AccessibilityIT extends BrowserTest {

    private static final int[] WIDTHS = {1440, 390};

    private final List<String> problems = new ArrayList<>();

    @Test
    void vendorAdminPages() {
        session.signIn(DemoData.ALPINE_ADMIN);
        check("vendor-admin", "/vendor/customers.xhtml", "/vendor/dashboard.xhtml", "/vendor/link-customer.xhtml",
                "/vendor/invite-customers.xhtml", "/vendor/invitations.xhtml", "/vendor/import.xhtml",
                "/vendor/team.xhtml", "/vendor/api-keys.xhtml", "/vendor/settings.xhtml", "/vendor/profile.xhtml",
                "/vendor/closures.xhtml", "/account/contact.xhtml", "/account/password.xhtml");
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        checkHere("vendor-admin", "customer-details", firstLink("a[href*='customer.xhtml?id=']"));
        checkRoutePages("vendor-admin");
        check("vendor-admin", "/vendor/products.xhtml");
        check("vendor-admin", "/vendor/reconciliation.xhtml");
        checkOrderPages("vendor-admin");
        // the delivery section of a customer with a delivery location, and its schedule dialog
        long cafe = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/A-0001", DemoData.ALPINE_API_KEY).get("id").asLong();
        checkHere("vendor-admin", "customer-delivery", SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + cafe);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + cafe);
        session.click(By.id("deliveryForm:deliveryLocations:0:editSchedule"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scheduleDialog")));
        session.settle();
        checkAsIs("vendor-admin", "schedule-dialog", 1440);
        // the dialogs: Add customer, and the side menu on a phone
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        session.click(By.id("customersForm:addCustomer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCustomerDialog")));
        session.settle();
        checkAsIs("vendor-admin", "add-customer-dialog", 1440);
        assertNone();
    }

    @Test
    void webhooksPageAndItsDialogs() {
        session.signIn(DemoData.ALPINE_ADMIN);
        JsonNode endpoint = WebhooksApiIT.register(DemoData.ALPINE_API_KEY,
                WebhookReceiver.shared().newUrl("a11y"), "order.cancelled");
        try {
            browser.get(SystemTestServer.baseUrl() + "/vendor/webhooks.xhtml");
            session.click(By.cssSelector("[id$=':deliveries']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveriesForm:deliveries")));
            session.settle();
            checkAsIs("vendor-admin", "webhooks", 1440);
            session.viewport(390, 844);
            session.settle();
            checkAsIs("vendor-admin", "webhooks", 390);
            session.fullWindow();
            session.click(By.id("endpointsForm:newEndpoint"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointDialog")));
            session.settle();
            checkAsIs("vendor-admin", "webhook-dialog", 1440);
        } finally {
            WebhooksApiIT.delete(DemoData.ALPINE_API_KEY, endpoint);
        }
        assertNone();
    }

    @Test
    void customFieldsPageDialogAndCustomerSection() {
        String key = "a11y" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        JsonNode field = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/custom-fields",
                DemoData.ALPINE_API_KEY, SystemTestServer.JSON.createObjectNode().put("key", key).put("labelEn", "Zone")
                        .put("labelDe", "Zone").put("type", "CHOICES").put("inList", true).put("filterable", true)
                        .set("options", SystemTestServer.JSON.createArrayNode().add("North").add("South"))));
        try {
            session.signIn(DemoData.ALPINE_ADMIN);
            browser.get(SystemTestServer.baseUrl() + "/vendor/custom-fields.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldsForm:fields")));
            session.settle();
            checkAsIs("vendor-admin", "custom-fields", 1440);
            session.viewport(390, 844);
            session.settle();
            checkAsIs("vendor-admin", "custom-fields", 390);
            session.fullWindow();
            session.click(By.id("fieldsForm:newField"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldDialog")));
            session.settle();
            checkAsIs("vendor-admin", "custom-field-dialog", 1440);
            // the list with the field as a column and its filter open
            browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
            session.click(By.cssSelector("#customersForm\\:fieldFilters legend"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customersForm:applyFieldFilters")));
            session.settle();
            checkAsIs("vendor-admin", "customer-list-custom-fields", 1440);
            browser.get(firstLink("a[href*='customer.xhtml?id=']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customFieldsForm")));
            session.settle();
            checkAsIs("vendor-admin", "customer-custom-fields", 1440);
        } finally {
            SystemTestServer.sendText("DELETE", "/api/v1/custom-fields/" + field.get("id").asLong(),
                    DemoData.ALPINE_API_KEY, "application/json", "");
        }
        assertNone();
    }

    @Test
    void vendorStaffPages() {
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_STAFF);
        check("vendor-staff", "/vendor/customers.xhtml", "/vendor/dashboard.xhtml", "/vendor/invitations.xhtml",
                "/vendor/team.xhtml", "/vendor/closures.xhtml");
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        checkHere("vendor-staff", "customer-details", firstLink("a[href*='customer.xhtml?id=']"));
        checkRoutePages("vendor-staff");
        check("vendor-staff", "/vendor/products.xhtml");
        checkOrderPages("vendor-staff");
        long cafeForStaff = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/A-0001", DemoData.ALPINE_API_KEY).get("id").asLong();
        checkHere("vendor-staff", "order-for", SystemTestServer.baseUrl() + "/vendor/order-for.xhtml?customer=" + cafeForStaff);
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        session.viewport(390, 844);
        session.click(By.id("menuForm:menuToggle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sideMenu")));
        session.settle();
        checkAsIs("vendor-staff", "side-menu", 390);
        session.fullWindow();
        assertNone();
    }

    /** The lists as the dashboard's links open them (issue 16), with their filters shown above the table. */
    @Test
    void linksFilteredLists() {
        session.signIn(DemoData.ALPINE_ADMIN);
        String base = SystemTestServer.baseUrl();
        checkHere("vendor-admin", "links-customers-moved",
                base + "/vendor/customers.xhtml?moved=INVITED&since=2026-01-01T00:00:00Z&bans=ALL");
        checkHere("vendor-admin", "links-customers-location", base + "/vendor/customers.xhtml?location=none&bans=ALL");
        checkHere("vendor-admin", "links-invitations", base + "/vendor/invitations.xhtml?expiring=soon&mail=undelivered");
        assertNone();
    }

    @Test
    void customerAdminPages() {
        restartBrowser("de-DE");
        session.signIn(DemoData.CUSTOMER_ADMIN);
        check("customer-admin", "/customer/home.xhtml", "/customer/vendors.xhtml", "/customer/locations.xhtml",
                "/customer/people.xhtml", "/customer/profile.xhtml", "/account/contact.xhtml", "/account/password.xhtml");
        check("customer-admin", "/customer/order.xhtml", "/customer/orders.xhtml");
        browser.get(SystemTestServer.baseUrl() + "/customer/orders.xhtml");
        checkHere("customer-admin", "order-details", firstLink("a[href*='order-details.xhtml?id=']"));
        assertNone();
    }

    @Test
    void platformAdminPages() {
        session.signIn(SystemTestServer.adminEmail(), SystemTestServer.adminPassword());
        check("platform-admin", "/admin/home.xhtml", "/admin/vendors.xhtml", "/admin/new-vendor.xhtml",
                "/admin/api-keys.xhtml", "/admin/admins.xhtml");
        check("platform-admin", "/admin/report.xhtml");
        browser.get(SystemTestServer.baseUrl() + "/admin/vendors.xhtml");
        checkHere("platform-admin", "vendor", firstLink("a[href*='vendor.xhtml?id=']"));
        assertNone();
    }

    /** The dashboard and the reports (issue 16), read by staff in German, the longer words. */
    @Test
    void reportsPagesForStaffInGerman() {
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_STAFF);
        check("vendor-staff", "/vendor/dashboard.xhtml", "/vendor/reports/activity.xhtml",
                "/vendor/reports/invitations.xhtml", "/vendor/reports/routes.xhtml");
        assertNone();
    }

    @Test
    void pagesBeforeSignIn() {
        check("public", "/login.xhtml", "/forgot-password.xhtml");
        assertNone();
    }

    /** The orders list, an order's details and the picking list of its route and day. */
    private void checkOrderPages(String role) {
        VendorOrderPagesIT.PlacedOrder order = placedOrder();
        check(role, "/vendor/orders.xhtml");
        checkHere(role, "order", SystemTestServer.baseUrl() + "/vendor/order.xhtml?id=" + order.orderId());
        checkHere(role, "picking", SystemTestServer.baseUrl() + "/vendor/picking.xhtml?day=" + order.day() + "&route=" + order.routeId());
    }

    private static VendorOrderPagesIT.PlacedOrder placedOrder() {
        try {
            return VendorOrderPagesIT.placeOrderOnARoute(java.util.UUID.randomUUID().toString().substring(0, 6));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The routes list, the first demo route, its next day sheet, and the route's "Add stop" dialog. */
    private void checkRoutePages(String role) {
        check(role, "/vendor/routes.xhtml");
        browser.get(SystemTestServer.baseUrl() + "/vendor/routes.xhtml");
        checkHere(role, "route", firstLink("a[href*='route.xhtml?id=']"));
        checkHere(role, "day-sheet", firstLink("a[href*='day-sheet.xhtml?route=']"));
        browser.get(SystemTestServer.baseUrl() + "/vendor/routes.xhtml");
        browser.get(firstLink("a[href*='route.xhtml?id=']"));
        session.click(By.id("stopsForm:addStop"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addStopDialog")));
        session.type("addStopForm:customerSearch:input", "A-000");
        session.click(By.id("addStopForm:search"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("addStopForm:candidates")));
        session.settle();
        checkAsIs(role, "add-stop-dialog", 1440);
    }

    private void check(String role, String... paths) {
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1).replace(".xhtml", "");
            checkHere(role, name, SystemTestServer.baseUrl() + path);
        }
    }

    private void checkHere(String role, String name, String url) {
        for (int width : WIDTHS) {
            session.viewport(width, width < 800 ? 844 : 900);
            browser.get(url);
            wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
            session.settle();
            checkAsIs(role, name, width);
        }
        session.fullWindow();
    }

    private void checkAsIs(String role, String name, int width) {
        String page = role + " " + name + " @" + width + "px";
        session.screenshot("a11y-" + role + "-" + name + "-" + width);
        Axe.check(browser).stream().filter(Axe.Violation::blocking).forEach(v -> problems.add(page + ": " + v));
        long overflow = session.overflow();
        if (width < 800 && overflow > 0) {
            problems.add(page + ": the page is " + overflow + " px wider than the screen");
        }
    }

    private String firstLink(String css) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return link.getAttribute("href");
    }

    private void assertNone() {
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
