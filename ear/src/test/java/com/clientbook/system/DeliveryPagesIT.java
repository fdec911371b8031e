package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery days on the pages: the delivery section of the customer details page (put on a route, an own schedule
 * from the dialog, a refused time kept in the dialog, back to the route's days, the setup check), the closure days
 * page in German at phone width (admins keep them, staff read them, another vendor sees none of them), and the
 * customer's delivery days on My vendors.
 */
class DeliveryPagesIT extends BrowserTest {

    private static final int PHONE = 390;
    private static final String LOCATION = "deliveryForm:deliveryLocations:0:";

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theVendorPutsALocationOnARouteGivesItItsOwnScheduleAndGoesBack() throws SQLException {
        long customer = DeliveryDaysApiIT.newCustomerWithLocation("Delivery Page Bistro " + unique, "Europe/London");
        String routeName = "Page route " + unique;
        ObjectNode route = JSON.createObjectNode().put("name", routeName).put("code", "PR-" + unique);
        route.putArray("deliveryWeekdays").add("MONDAY").add("THURSDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        long routeId = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/routes", DemoData.ALPINE_API_KEY, route))
                .get("id").asLong();
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + customer);

        assertTrue(session.text(By.id(LOCATION + "source")).contains("No delivery days"), session.text(By.id(LOCATION + "source")));
        assertTrue(session.text(By.id("deliveryForm:zones")).contains("(Europe/Berlin)")
                && session.text(By.id("deliveryForm:zones")).contains("(Europe/London)"));
        assertEquals("cb-missing", classOf("setupRoute"));
        assertEquals("cb-missing", classOf("setupDays"));

        session.click(By.id(LOCATION + "putOnRoute"));
        // the route chosen in the menu's own select (the menu's fading list of items took clicks meant for the button)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("routeForm:route:input")));
        ((JavascriptExecutor) browser).executeScript("var s = document.getElementById('routeForm:route:input_input');"
                + " s.value = arguments[0]; s.dispatchEvent(new Event('change'));", String.valueOf(routeId));
        assertTrue(browser.findElement(By.id("routeForm:route:input_input")).getAttribute("innerHTML").contains(routeName),
                "the route is offered");
        session.click(By.id("routeForm:addToRoute"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(LOCATION + "source"), "Delivery days of route " + routeName));
        wait.until(d -> "cb-done".equals(classOf("setupRoute")) && "cb-done".equals(classOf("setupDays")));
        assertEquals(5, session.rows(LOCATION + "next").size());
        String firstRow = session.rows(LOCATION + "next").get(0).getText();
        assertTrue(firstRow.contains(routeName) && firstRow.contains("14:00") && firstRow.contains("13:00"),
                "the deadline on the vendor's clock and, an hour earlier, on the customer's: " + firstRow);

        session.click(By.id(LOCATION + "editSchedule"));
        // the spinner keeps its digits through clear(): select them and type over them
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scheduleForm:everyWeeks:input_input")))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        session.type("scheduleForm:deadlineTime:input", "25:99");
        session.click(By.id("scheduleForm:saveSchedule"));
        assertEquals("Please type a time such as 14:00.", session.text(By.cssSelector("#scheduleForm\\:deadlineTime .ui-message-error")));
        assertEquals("25:99", browser.findElement(By.id("scheduleForm:deadlineTime:input")).getAttribute("value"), "kept as typed");
        session.type("scheduleForm:deadlineTime:input", "22:00");
        session.click(By.id("scheduleForm:saveSchedule"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(LOCATION + "source"), "Own schedule: Mon, Thu, every 2 weeks"));
        assertTrue(session.text(By.id(LOCATION + "source")).contains("order by 22:00 the day before"), session.text(By.id(LOCATION + "source")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Own delivery schedule set"));

        session.viewport(PHONE, 844);
        session.settle();
        session.screenshot("delivery-details-en-390");
        assertEquals(0, session.overflow(), "the delivery section fits a phone");
        session.fullWindow();

        session.click(By.id(LOCATION + "inherit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(LOCATION + "source"), "Delivery days of route " + routeName));
        session.click(By.id(LOCATION + "routes:0:takeOff"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(LOCATION + "source"), "No delivery days"));
        wait.until(d -> "cb-missing".equals(classOf("setupRoute")));
        SystemTestServer.sendText("DELETE", "/api/v1/routes/" + routeId, DemoData.ALPINE_API_KEY, "application/json", "");

        // another vendor: the details page, and so its delivery section, is not there
        restartBrowser();
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customer.xhtml?id=" + customer);
        session.text(By.id("notFound"));
        assertFalse(browser.getPageSource().contains("Delivery Page Bistro " + unique));
    }

    @Test
    void closureDaysInGermanOnAPhoneKeptByAdminsReadByStaffAndOnlyTheVendorsOwn() {
        LocalDate day = LocalDate.of(2032, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(300));
        String reason = "Inventur " + unique;
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/closures.xhtml");
        assertEquals("Schließtage", session.text(By.cssSelector("h1")));

        session.type("closureForm:day:input_input", day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        session.type("closureForm:reason:input", reason);
        session.click(By.id("closureForm:addClosure"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:closuresTable"), reason));
        assertTrue(session.text(By.id("listForm:closuresTable")).contains("Auf den Tag davor verschoben"));
        session.settle();
        session.screenshot("closures-de-390");
        assertEquals(0, session.overflow(), "the closure days fit a phone");

        session.click(By.id("closureForm:addClosure"));
        assertTrue(session.text(By.cssSelector("#closureForm\\:reason .ui-message-error")).length() > 0, "a reason is required");

        // staff read them, and cannot change them
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_STAFF);
        browser.get(SystemTestServer.baseUrl() + "/vendor/closures.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:closuresTable"), reason));
        assertTrue(browser.findElements(By.id("closureForm")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[id$='removeClosure']")).isEmpty());
        session.text(By.id("adminsOnly"));

        // another vendor sees none of them
        restartBrowser();
        session.signIn(DemoData.BALTIC_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/closures.xhtml");
        session.text(By.id("listForm:closuresTable"));
        assertFalse(session.text(By.id("listForm:closuresTable")).contains(reason));

        // the admin removes it again
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        browser.get(SystemTestServer.baseUrl() + "/vendor/closures.xhtml");
        int row = rowOf(reason);
        session.click(By.id("listForm:closuresTable:" + row + ":removeClosure"));
        session.click(By.id("listForm:confirmYes"));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:closuresTable"), reason)));
    }

    @Test
    void theCustomerSeesEachVendorsDeliveryDaysOnMyVendors() {
        session.signIn(DemoData.CUSTOMER_ADMIN);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/customer/vendors.xhtml");

        String section = session.text(By.id("deliveries"));
        assertTrue(section.contains("Baltic") && section.contains("Küche (Hofeingang)"), section);
        assertTrue(section.contains("Order by (Europe/Berlin)"), "the café has no zone of its own: " + section);
        assertTrue(section.contains("12:00"), "Baltic's Friday noon deadline: " + section);
        session.settle();
        session.screenshot("my-vendors-deliveries-390");
        assertEquals(0, session.overflow());
    }

    private int rowOf(String text) {
        var rows = session.rows("listForm:closuresTable");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return Integer.parseInt(rows.get(i).getAttribute("data-ri"));
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private String classOf(String id) {
        return browser.findElement(By.id(id)).getAttribute("class");
    }
}
