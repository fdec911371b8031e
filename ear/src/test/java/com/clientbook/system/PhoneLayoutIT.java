package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vendor's pages on a phone, 390 px wide (issue 13): the menu folds behind a button, the customer list's search
 * is on the screen and finds, and nothing on the customer details page reaches past the screen's right edge.
 */
class PhoneLayoutIT extends BrowserTest {

    private static final int PHONE = 390;
    private static final String TABLE = "customersForm:customers";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theCustomerListIsSearchedOnAPhone() {
        String name = "Phone Bistro " + unique;
        SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("companyName", name)
                .put("email", "phone-" + unique + "@phone.example").put("city", "Rosenheim").put("sendInvitation", false));
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");

        assertFalse(browser.findElement(By.id("menuForm:menu")).isDisplayed(), "the menubar folds away");
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(TABLE + ":globalFilter")));
        Rectangle box = search.getRect();
        assertTrue(box.getX() >= 0 && box.getX() + box.getWidth() <= PHONE, "the search box is on the screen: " + box.getX()
                + ".." + (box.getX() + box.getWidth()));
        search.sendKeys(unique);
        wait.until(driver -> session.rows(TABLE).size() == 1 && session.rows(TABLE).get(0).getText().contains(name));
        session.settle();
        assertEquals(0, session.overflow(), "the list is no wider than the screen");
        session.screenshot("phone-customers-390");

        session.click(By.id("menuForm:menuToggle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sideMenu")));
        session.click(By.cssSelector("#sideMenuForm\\:menu a[href*='invitations.xhtml']"));
        wait.until(ExpectedConditions.urlContains("/vendor/invitations.xhtml"));
    }

    @Test
    void nothingOnTheCustomerDetailsPageIsWiderThanAPhone() {
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Restaurant mit einem sehr langen Namen " + unique)
                .put("email", "a-rather-long-address-" + unique + "@details-on-a-phone.example")
                .put("customerNumber", "PHONE-" + unique).put("street", "Sonnenstraße 12").put("postalCode", "80331")
                .put("city", "München").put("sendInvitation", false)).get("id").asLong();
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("numberForm:customerNumber:input")));
        session.settle();
        session.screenshot("phone-customer-details-de-390");

        @SuppressWarnings("unchecked")
        List<String> sticksOut = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => !e.closest('.ui-sidebar') && e.getClientRects().length > 0
                        && e.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className);
                """);
        assertTrue(sticksOut.isEmpty(), "reaches past the screen: " + sticksOut);
        assertEquals(0, session.overflow());
    }

    @Test
    void webhooksPageDeliveriesAndDialogFitAPhone() {
        session.signIn(DemoData.ALPINE_ADMIN);
        com.fasterxml.jackson.databind.JsonNode endpoint = WebhooksApiIT.register(DemoData.ALPINE_API_KEY,
                WebhookReceiver.shared().newUrl("phone"), "order.cancelled");
        try {
            session.viewport(PHONE, 844);
            browser.get(SystemTestServer.baseUrl() + "/vendor/webhooks.xhtml");
            session.click(By.cssSelector("[id$=':deliveries']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveriesForm:deliveries")));
            session.settle();
            session.screenshot("phone-webhooks-390");
            assertEquals(0, session.overflow(), "the webhooks page is no wider than the screen");
            session.click(By.id("endpointsForm:newEndpoint"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointDialog")));
            session.settle();
            session.screenshot("phone-webhook-dialog-390");
            assertEquals(0, session.overflow(), "nor its dialog");
        } finally {
            WebhooksApiIT.delete(DemoData.ALPINE_API_KEY, endpoint);
        }
    }

    @Test
    void customFieldsPageDialogAndCustomerSectionFitAPhone() {
        String key = "phone" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        com.fasterxml.jackson.databind.JsonNode field = SystemTestServer.json(SystemTestServer.sendJson("POST",
                "/api/v1/custom-fields", DemoData.ALPINE_API_KEY, SystemTestServer.JSON.createObjectNode().put("key", key)
                        .put("labelEn", "Kinds of cuisine served").put("labelDe", "Angebotene Küchen").put("type", "CHOICES")
                        .put("inList", true).put("filterable", true).set("options", SystemTestServer.JSON.createArrayNode().add("Italian").add("Austrian").add("Thai"))));
        try {
            session.signIn(DemoData.ALPINE_ADMIN);
            session.viewport(PHONE, 844);
            browser.get(SystemTestServer.baseUrl() + "/vendor/custom-fields.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldsForm:fields")));
            session.settle();
            session.screenshot("phone-custom-fields-390");
            assertEquals(0, session.overflow(), "the custom fields page is no wider than the screen");
            session.click(By.id("fieldsForm:newField"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fieldDialog")));
            session.settle();
            session.screenshot("phone-custom-field-dialog-390");
            assertEquals(0, session.overflow(), "nor its dialog");
            browser.get(link("/vendor/customers.xhtml", "a[href*='customer.xhtml?id=']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customFieldsForm")));
            session.settle();
            session.screenshot("phone-customer-custom-fields-390");
            assertEquals(0, session.overflow(), "nor a customer's custom fields");
            browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
            session.click(By.cssSelector("#customersForm\\:fieldFilters legend"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customersForm:applyFieldFilters")));
            session.settle();
            session.screenshot("phone-customer-list-custom-fields-390");
            assertEquals(0, session.overflow(), "nor the list with its custom field filters");
        } finally {
            SystemTestServer.sendText("DELETE", "/api/v1/custom-fields/" + field.get("id").asLong(),
                    DemoData.ALPINE_API_KEY, "application/json", "");
        }
    }

    @Test
    void theRoutePagesFitAPhone() {
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        for (String page : List.of("/vendor/routes.xhtml", "route", "day-sheet", "/vendor/products.xhtml")) {
            switch (page) {
                case "route" -> browser.get(link("/vendor/routes.xhtml", "a[href*='route.xhtml?id=']"));
                case "day-sheet" -> browser.get(link(null, "a[href*='day-sheet.xhtml?route=']"));
                default -> browser.get(SystemTestServer.baseUrl() + page);
            }
            wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
            session.settle();
            session.screenshot("phone-" + page.replaceAll("[^a-z-]", "") + "-390");
            assertEquals(0, session.overflow(), page + " is no wider than the screen");
        }
    }

    /** The dashboard's charts and the reports' tables, in English, on a phone (German: AccessibilityIT). */
    @Test
    void reportsPagesFitAPhone() {
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        for (String page : List.of("/vendor/dashboard.xhtml", "/vendor/reports/activity.xhtml",
                "/vendor/reports/invitations.xhtml", "/vendor/reports/routes.xhtml")) {
            browser.get(SystemTestServer.baseUrl() + page);
            wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
            session.settle();
            session.screenshot("phone-report-" + page.replaceAll(".*/|\\.xhtml", "") + "-390");
            assertEquals(0, session.overflow(), page + " is no wider than the screen");
        }
    }

    /** The lists as the dashboard's links open them, filters shown above the table, in German on a phone (issue 16). */
    @Test
    void linksFilteredListsFitAPhone() {
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        for (String page : List.of("/vendor/customers.xhtml?moved=HAS_ORDERED&since=2026-01-01T00:00:00Z&bans=ALL&location=some",
                "/vendor/invitations.xhtml?expiring=soon&mail=undelivered")) {
            browser.get(SystemTestServer.baseUrl() + page);
            wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
            session.settle();
            session.screenshot("phone-links-" + page.replaceAll(".*/|\\.xhtml.*", "") + "-390");
            assertEquals(0, session.overflow(), page + " is no wider than the screen");
        }
    }

    @Test
    void theVendorsOrderPagesFitAPhone() throws java.sql.SQLException {
        VendorOrderPagesIT.PlacedOrder order = VendorOrderPagesIT.placeOrderOnARoute(java.util.UUID.randomUUID().toString().substring(0, 6));
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        for (String page : List.of("/vendor/orders.xhtml", "/vendor/order.xhtml?id=" + order.orderId(),
                "/vendor/picking.xhtml?day=" + order.day() + "&route=" + order.routeId())) {
            browser.get(SystemTestServer.baseUrl() + page);
            wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
            session.settle();
            session.screenshot("phone-" + page.replaceAll("\\?.*", "").replaceAll("[^a-z-]", "") + "-390");
            assertEquals(0, session.overflow(), page + " is no wider than the screen");
        }
    }

    /** The address of the first link matching css, on the given page (null: the page shown). */
    private String link(String page, String css) {
        if (page != null) {
            browser.get(SystemTestServer.baseUrl() + page);
        }
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute("href");
    }

    @Test
    void theHistoryReflowsTheBulkBarIsOneRowAndMyVendorsOverlapsNothingOnAPhone() {
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/history.xhtml");
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("historyForm:entries")));
        assertTrue(history.getAttribute("class").contains("ui-datatable-reflow"), "each entry stacks as label-value lines");
        session.settle();
        assertEquals(0, session.overflow(), "the history is no wider than the screen");
        session.screenshot("phone-history-390");

        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml");
        WebElement bar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customersForm:bulkBar")));
        session.settle();
        List<WebElement> buttons = bar.findElements(By.cssSelector(".ui-button"));
        assertEquals(5, buttons.size());
        int top = buttons.get(0).getRect().getY();
        assertTrue(buttons.stream().allMatch(b -> b.getRect().getY() == top), "the bulk actions sit in one row");
        assertTrue(bar.getRect().getHeight() <= 56, "the bulk bar is one row high: " + bar.getRect().getHeight());
        assertTrue(buttons.stream().allMatch(b -> b.getAttribute("title") != null && !b.getAttribute("title").isBlank()),
                "each icon button names its action");
        assertEquals(0, session.overflow());
        session.screenshot("phone-customers-bulk-bar-390");

        restartBrowser("de-DE");
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/customer/vendors.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vendorsTable")));
        session.settle();
        session.screenshot("phone-my-vendors-de-390");
        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const leaves = Array.from(document.querySelectorAll('main *')).filter(e => e.children.length === 0
                    && e.getClientRects().length > 0 && e.textContent.trim() && !e.closest('.ui-sidebar'));
                const found = [];
                for (let i = 0; i < leaves.length; i++) {
                    for (let j = i + 1; j < leaves.length; j++) {
                        const a = leaves[i].getBoundingClientRect(), b = leaves[j].getBoundingClientRect();
                        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                        if (x > 2 && y > 2) {
                            found.push(leaves[i].textContent.trim() + ' / ' + leaves[j].textContent.trim());
                        }
                    }
                }
                return found;
                """);
        assertTrue(overlaps.isEmpty(), "texts lie over each other: " + overlaps);
        assertEquals(0, session.overflow());
    }

    @Test
    void theClosureDaysAndTheDeliverySectionFitAPhone() {
        long cafe = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/A-0001", DemoData.ALPINE_API_KEY).get("id").asLong();
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/closures.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closureForm:day:input_input")));
        session.settle();
        assertEquals(0, session.overflow(), "the closure days are no wider than the screen");
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + cafe);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveryForm:deliveryLocations:0:source")));
        session.settle();
        session.screenshot("phone-customer-delivery-de-390");
        assertEquals(0, session.overflow(), "the delivery section is no wider than the screen");
    }

    @Test
    void theOrderFormAndMyOrdersFitAPhone() {
        long cafe = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/A-0001", DemoData.ALPINE_API_KEY).get("id").asLong();
        restartBrowser("de-DE");
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.viewport(PHONE, 844);
        for (String page : List.of("/customer/order.xhtml", "/customer/orders.xhtml", "order-details")) {
            browser.get(page.startsWith("/") ? SystemTestServer.baseUrl() + page
                    : link("/customer/orders.xhtml", "a[href*='order-details.xhtml?id=']"));
            wait.until(driver -> driver.findElement(By.tagName("main")).isDisplayed());
            session.settle();
            session.screenshot("phone-" + page.replaceAll("[^a-z-]", "") + "-de-390");
            assertEquals(0, session.overflow(), page + " is no wider than the screen");
        }
        restartBrowser();
        session.signIn(DemoData.ALPINE_STAFF);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/order-for.xhtml?customer=" + cafe);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:behalf")));
        session.settle();
        session.screenshot("phone-order-for-390");
        assertEquals(0, session.overflow(), "the on-behalf form is no wider than the screen");
    }

    @Test
    void reconciliationReportFitsAPhone() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        long id = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/reconciliations", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("source", "a-rather-long-erp-export-file-name-" + unique + ".csv").set("rows",
                        JSON.createArrayNode().add(JSON.createObjectNode().put("customerNumber", "PHONE-RECON-" + unique)
                                .put("name", "Gasthaus mit einem sehr langen Namen " + unique)
                                .put("email", "a-rather-long-address-" + unique + "@reconciliation-on-a-phone.example")))))
                .get("id").asLong();
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/reconciliation.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:findings")));
        session.settle();
        session.screenshot("phone-reconciliation-report-390");
        assertEquals(0, session.overflow(), "the reconciliation report is no wider than the screen");
    }
}
