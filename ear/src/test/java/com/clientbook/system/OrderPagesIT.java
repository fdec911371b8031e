package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ordering in a browser against the EAR with the demo data: Café Central's admin orders from Alpine (wrong input
 * first: no lines, a quantity of 0, each said at its place and nothing stored), finds the order in My orders, adds
 * a product to it (at 0 first: refused at its line) and cancels it; Alpine's staff orders on the café's behalf from its details page, marked as such, and the café reads
 * it as placed for it. Another customer opening the café's order, and another vendor opening the on-behalf form for
 * Alpine's customer, get "not found". The form and its errors in German on a phone.
 */
class OrderPagesIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mails.smtpServer();

    private static final int PHONE = 390;
    private static final String LINES = "orderForm:lines";
    private static final String DETAILS_LINES = "detailsForm:lines";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCustomerPlacesAnOrderSeesItInMyOrdersAndCancelsIt() {
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.click(By.id("menuForm:orderItem"));
        wait.until(ExpectedConditions.urlContains("/customer/order.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:deliveryDay:input")));
        assertTrue(session.text(By.id("orderForm:deliveryDay:input")).contains("(order by "), "each day names its deadline");
        assertTrue(session.text(By.id("orderForm:dayHint")).contains("on your clock"));

        // no lines: said at the lines, nothing placed
        session.click(By.id("orderForm:place"));
        assertEquals("Please add at least one product.", linesMessage());
        session.settle();
        session.screenshot("order-no-lines-1440");

        // a product found by its name, at a quantity of 0: said at its line
        search("Bergkäse");
        session.click(By.id("orderForm:found:0:add"));
        wait.until(driver -> session.rows(LINES).size() == 1);
        session.type(LINES + ":0:quantity", "0");
        session.click(By.id("orderForm:place"));
        assertEquals("A quantity must be more than 0.", session.text(By.cssSelector("[id='" + LINES + "'] .ui-message-error")));
        assertEquals("0", browser.findElement(By.id(LINES + ":0:quantity")).getDomProperty("value"), "kept as typed");
        session.settle();
        session.screenshot("order-quantity-0-1440");

        session.type(LINES + ":0:quantity", "2.5");
        session.type("orderForm:note:input", "Test " + unique);
        session.click(By.id("orderForm:place"));
        String title = session.text(By.id("orderForm:placedTitle"));
        assertTrue(title.matches("Order \\d+ placed"), title);
        String number = title.replaceAll("\\D", "");
        assertTrue(session.text(By.id("orderForm:placedLines")).contains("2.5 kg"));
        session.settle();
        session.screenshot("order-placed-1440");

        // My orders: newest first, with the demo order Alpine's staff placed for the café
        session.click(By.id("orderForm:toMyOrders"));
        wait.until(ExpectedConditions.urlContains("/customer/orders.xhtml"));
        String first = session.rows("ordersForm:orders").get(0).getText();
        assertTrue(first.startsWith(number) && first.contains("Placed") && first.contains(DemoData.ALPINE), first);
        assertTrue(browser.findElement(By.id("ordersForm:orders")).getText().contains("(" + DemoData.ALPINE + ") for you"),
                "an order Alpine's staff placed says so");
        session.screenshot("my-orders-1440");

        session.click(By.id("ordersForm:orders:0:open"));
        wait.until(ExpectedConditions.urlContains("/customer/order-details.xhtml"));
        assertEquals("Test " + unique, browser.findElement(By.id("detailsForm:note:input")).getDomProperty("value"));

        // changing it: a product not on it yet is added, at 0 first (said at its line, nothing saved), then at 3
        session.type("detailsForm:search", "Tomaten");
        session.click(By.id("detailsForm:find"));
        wait.until(driver -> session.rows("detailsForm:found").size() == 1);
        session.click(By.id("detailsForm:found:0:add"));
        wait.until(driver -> session.rows(DETAILS_LINES).size() == 2);
        session.type(DETAILS_LINES + ":1:quantity", "0");
        session.click(By.id("detailsForm:save"));
        assertEquals("A quantity must be more than 0.", wait.until(driver -> session.text(
                By.cssSelector("[id='" + DETAILS_LINES + "'] .ui-message-error"))));
        session.settle();
        session.screenshot("order-change-add-0-1440");
        session.type(DETAILS_LINES + ":1:quantity", "3");
        session.click(By.id("detailsForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Order " + number + " changed."));
        assertTrue(session.rows(DETAILS_LINES).get(1).getText().contains("Tomaten"), "the added line is stored");
        session.viewport(PHONE, 844);
        session.settle();
        assertEquals(0, session.overflow(), "the change form is no wider than a phone");
        session.screenshot("order-change-added-390");
        session.fullWindow();

        session.click(By.id("detailsForm:cancelOrder"));
        session.click(By.id("detailsForm:confirmYes"));
        wait.until(driver -> session.text(By.id("detailsForm:status")).equals("Cancelled"));
        assertTrue(browser.findElements(By.id("detailsForm:save")).isEmpty(), "a cancelled order is not changed");
        String orderUrl = browser.getCurrentUrl();

        // another customer's person opening the café's order by its address: not found
        restartBrowser();
        String other = ActiveAccounts.create(SMTP, "orders-" + unique + "@other-customer.example", "Other Bistro " + unique);
        session.signIn(other, ActiveAccounts.PASSWORD);
        browser.get(orderUrl);
        session.text(By.id("notFound"));
        assertFalse(browser.getPageSource().contains("Test " + unique), "nothing of the order is shown");
        browser.get(SystemTestServer.baseUrl() + "/customer/order-details.xhtml?id=x");
        session.text(By.id("notFound"));
        browser.get(SystemTestServer.baseUrl() + "/customer/order.xhtml?vendor=" + Long.MAX_VALUE);
        session.text(By.id("notFound"));
    }

    @Test
    void staffOrderOnTheCustomersBehalfAndAnotherVendorFindsNothing() {
        long cafe = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/A-0001", DemoData.ALPINE_API_KEY).get("id").asLong();
        session.signIn(DemoData.ALPINE_STAFF);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + cafe);
        wait.until(driver -> !session.rows("lastOrdersTable").isEmpty());
        session.click(By.id("orderFor"));
        wait.until(ExpectedConditions.urlContains("/vendor/order-for.xhtml"));
        assertEquals("Placed by Sam Staff (" + DemoData.ALPINE + ") for Café Central", session.text(By.id("orderForm:behalf")));

        search("1001");
        session.click(By.id("orderForm:found:0:add"));
        wait.until(driver -> session.rows(LINES).size() == 1);
        session.type(LINES + ":0:quantity", "4");
        session.type("orderForm:reason:input", "Phoned in " + unique);
        session.settle();
        session.screenshot("order-for-1440");
        session.click(By.id("orderForm:place"));
        String number = session.text(By.id("orderForm:placedTitle")).replaceAll("\\D", "");
        assertTrue(session.text(By.id("orderForm:placedBy")).endsWith("(" + DemoData.ALPINE + ") for Café Central"));
        session.click(By.id("orderForm:toCustomer"));
        wait.until(ExpectedConditions.urlContains("/vendor/customer.xhtml"));
        assertTrue(session.rows("lastOrdersTable").get(0).getText().startsWith(number));

        // the café reads it as placed for it, with the reason
        restartBrowser();
        session.signIn(DemoData.CUSTOMER_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/customer/orders.xhtml");
        String row = session.rows("ordersForm:orders").get(0).getText();
        assertTrue(row.startsWith(number) && row.contains("for you"), row);
        session.click(By.id("ordersForm:orders:0:open"));
        assertEquals("Phoned in " + unique, session.text(By.id("detailsForm:reason")));

        // another vendor: Alpine's customer is not found, and its own customers are refused while it does not allow it
        restartBrowser();
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/order-for.xhtml?customer=" + cafe);
        session.text(By.id("notFound"));
        assertFalse(browser.getPageSource().contains("Café Central"));
        long balticCafe = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/BB-100", DemoData.BALTIC_API_KEY).get("id").asLong();
        browser.get(SystemTestServer.baseUrl() + "/vendor/order-for.xhtml?customer=" + balticCafe);
        assertTrue(session.text(By.id("notAllowed")).contains("does not let its people order"));
        assertTrue(browser.findElements(By.id("orderForm")).isEmpty());
    }

    @Test
    void theFormAndItsErrorsInGermanOnAPhone() {
        restartBrowser("de-DE");
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/customer/order.xhtml");
        assertEquals("Bestellen", session.text(By.tagName("h1")));
        session.click(By.id("orderForm:place"));
        assertEquals("Bitte fügen Sie mindestens einen Artikel hinzu.", linesMessage());
        session.settle();
        assertEquals(0, session.overflow(), "the form is no wider than a phone");
        session.screenshot("order-no-lines-de-390");

        search("Tomaten");
        session.click(By.id("orderForm:found:0:add"));
        wait.until(driver -> session.rows(LINES).size() == 1);
        session.type(LINES + ":0:quantity", "0");
        session.click(By.id("orderForm:place"));
        assertEquals("Eine Menge muss größer als 0 sein.", session.text(By.cssSelector("[id='" + LINES + "'] .ui-message-error")));
        session.type(LINES + ":0:quantity", "zwei");
        session.click(By.id("orderForm:place"));
        // the answer replaces the former message at the line
        wait.until(driver -> session.text(By.cssSelector("[id='" + LINES + "'] .ui-message-error"))
                .equals("Bitte geben Sie eine Zahl ein, etwa 2,5."));
        session.settle();
        assertEquals(0, session.overflow(), "the errors are no wider than a phone");
        session.screenshot("order-quantity-de-390");

        session.fullWindow();
        session.settle();
        session.screenshot("order-quantity-de-1440");
        browser.get(SystemTestServer.baseUrl() + "/customer/orders.xhtml");
        wait.until(driver -> !session.rows("ordersForm:orders").isEmpty());
        session.screenshot("my-orders-de-1440");
        session.viewport(PHONE, 844);
        session.settle();
        assertEquals(0, session.overflow(), "My orders is no wider than a phone");
        session.screenshot("my-orders-de-390");
    }

    /** The message at the order's lines, once the answer to the click has put it there. */
    private String linesMessage() {
        return wait.until(driver -> {
            String text = session.text(By.id("orderForm:linesMessage"));
            return text.isBlank() ? null : text;
        });
    }

    private void search(String text) {
        session.type("orderForm:search", text);
        session.click(By.id("orderForm:find"));
        wait.until(driver -> session.rows("orderForm:found").size() == 1);
        session.settle();
    }
}
