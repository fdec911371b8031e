package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The route pages in a browser against the EAR with the demo data: Alpine's admin creates a route, adds three demo
 * customers' delivery locations as stops, reorders them with the up and down buttons, removes one, and reads the day
 * sheet (on screen and as CSV) in that order; a colleague's change in between is a conflict, never a mixed order;
 * the pages in German and on a phone; Baltic opening Alpine's route or its day sheet gets "not found".
 */
class RoutePagesIT extends BrowserTest {

    private static final String STOPS = "stopsForm:stops";
    private static final String SHEET = "sheetForm:stops";
    private static final int PHONE = 390;

    private final String token = UUID.randomUUID().toString().substring(0, 6);
    private final LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Test
    void aVendorBuildsARouteReordersItsStopsAndTheDaySheetListsThemInOrder() {
        session.signIn(DemoData.ALPINE_ADMIN);
        long routeId = createRouteOnMondays("Morning " + token, "M-" + token);

        addStop("A-0002", "Restaurant Adler");
        addStop("A-0003", "Hotel Sonne");
        addStop("A-0004", "Café Linde");
        session.click(By.id("addStopForm:close"));
        assertEquals(List.of("Restaurant Adler", "Hotel Sonne", "Café Linde"), stopCustomers());

        session.click(By.id(STOPS + ":2:up"));
        waitForStops(List.of("Restaurant Adler", "Café Linde", "Hotel Sonne"));
        session.click(By.id(STOPS + ":0:down"));
        waitForStops(List.of("Café Linde", "Restaurant Adler", "Hotel Sonne"));
        assertFalse(browser.findElement(By.id(STOPS + ":0:up")).isEnabled(), "the first stop cannot go further up");

        session.click(By.id(STOPS + ":2:remove"));
        session.click(By.id("confirmForm:confirmYes"));
        waitForStops(List.of("Café Linde", "Restaurant Adler"));
        String history = session.text(By.id("history"));
        assertTrue(history.contains("Stop removed") && history.contains("Stop added") && history.contains("Route created"), history);
        session.screenshot("route-1440");

        browser.get(SystemTestServer.baseUrl() + "/vendor/day-sheet.xhtml?route=" + routeId + "&date=" + monday);
        assertTrue(session.text(By.id("deliveryText")).startsWith("Delivery day"), session.text(By.id("deliveryText")));
        List<WebElement> rows = session.rows(SHEET);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().startsWith("1") && rows.get(0).getText().contains("Café Linde Zürich")
                   && rows.get(0).getText().contains("A-0004"), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("Restaurant Adler München") && rows.get(1).getText().contains("A-0002"),
                rows.get(1).getText());
        session.screenshot("day-sheet-1440");
        printedOnA4();

        String csv = download("exportCsv").replace("\uFEFF", "");
        List<String> lines = csv.strip().lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(0).contains("Customer") && lines.get(0).contains("Customer number")
                   && lines.get(0).contains("Receiving hours") && lines.get(0).contains("Phone"), lines.get(0));
        assertTrue(lines.get(1).startsWith("\"1\"") && lines.get(1).contains("Café Linde Zürich") && lines.get(1).contains("A-0004"), csv);
        assertTrue(lines.get(2).startsWith("\"2\"") && lines.get(2).contains("Restaurant Adler München"), csv);
        assertTrue(download("exportPdf").startsWith("%PDF"), "the PDF export is a PDF");

        browser.get(SystemTestServer.baseUrl() + "/vendor/day-sheet.xhtml?route=" + routeId + "&date=" + monday.plusDays(1));
        assertTrue(session.text(By.id("deliveryText")).contains("does not deliver on Tuesday"), session.text(By.id("deliveryText")));
        assertEquals(2, session.rows(SHEET).size(), "the stops are shown anyway");

        // the same pages in German, and on a phone
        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_STAFF);
        session.viewport(PHONE, 844);
        browser.get(SystemTestServer.baseUrl() + "/vendor/route.xhtml?id=" + routeId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(STOPS)));
        assertTrue(session.text(By.id("stopsSection")).contains("Halte in der Reihenfolge des Fahrers"));
        session.settle();
        assertEquals(0, session.overflow(), "the route page is no wider than a phone");
        session.click(By.id(STOPS + ":1:up"));
        waitForStops(List.of("Restaurant Adler", "Café Linde"));
        session.screenshot("route-de-390");
        browser.get(SystemTestServer.baseUrl() + "/vendor/day-sheet.xhtml?route=" + routeId + "&date=" + monday);
        assertTrue(session.text(By.tagName("h1")).startsWith("Tagesplan"), session.text(By.tagName("h1")));
        assertTrue(session.text(By.id("deliveryText")).startsWith("Liefertag"), session.text(By.id("deliveryText")));
        session.settle();
        assertEquals(0, session.overflow(), "the day sheet is no wider than a phone");
        session.screenshot("day-sheet-de-390");
    }

    @Test
    void aReorderOverSomebodyElsesChangeIsRefusedAndThePageShowsTheRouteAsItIs() {
        session.signIn(DemoData.ALPINE_ADMIN);
        long routeId = createRouteOnMondays("Conflict " + token, "C-" + token);
        addStop("A-0002", "Restaurant Adler");
        addStop("A-0003", "Hotel Sonne");
        session.click(By.id("addStopForm:close"));

        // a colleague's system moves Hotel Sonne to the front meanwhile
        JsonNode route = SystemTestServer.apiGetOk("/api/v1/routes/" + routeId, DemoData.ALPINE_API_KEY);
        long sonne = route.get("stops").get(1).get("deliveryLocationId").asLong();
        assertEquals(200, SystemTestServer.sendJson("PUT", "/api/v1/routes/" + routeId + "/stops/" + sonne,
                DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("position", 0)).statusCode());

        session.click(By.id(STOPS + ":0:down"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "someone else changed this route"));
        waitForStops(List.of("Hotel Sonne", "Restaurant Adler"));
    }

    @Test
    void anotherVendorOpeningTheRouteOrItsDaySheetGetsNotFound() {
        long routeId = SystemTestServer.json(SystemTestServer.sendJson("POST", "/api/v1/routes", DemoData.ALPINE_API_KEY,
                routeJson("Secret " + token, "S-" + token))).get("id").asLong();
        session.signIn(DemoData.BALTIC_ADMIN);

        browser.get(SystemTestServer.baseUrl() + "/vendor/route.xhtml?id=" + routeId);
        session.text(By.id("notFound"));
        assertFalse(browser.getPageSource().contains("Secret " + token), "nothing of the route is shown");
        browser.get(SystemTestServer.baseUrl() + "/vendor/day-sheet.xhtml?route=" + routeId + "&date=" + monday);
        session.text(By.id("notFound"));
        assertFalse(browser.getPageSource().contains("Secret " + token));
        browser.get(SystemTestServer.baseUrl() + "/vendor/routes.xhtml");
        assertFalse(session.text(By.id("routesForm:routes")).contains("S-" + token), "nor is it in Baltic's list");
        browser.get(SystemTestServer.baseUrl() + "/vendor/route.xhtml?id=not-a-number");
        session.text(By.id("notFound"));
    }

    /**
     * The day sheet as printed: Chromium's print media at the width of an A4 page less its margins (186 mm, 703 CSS
     * pixels): menu, buttons and date field are gone, the stops' table is there and no wider than the paper.
     */
    private void printedOnA4() {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            session.viewport(703, 1000);
            assertFalse(browser.findElement(By.id("menuForm")).isDisplayed(), "no menu on paper");
            assertFalse(browser.findElement(By.id("sheetForm:print")).isDisplayed(), "no buttons on paper");
            assertFalse(browser.findElement(By.id("sheetForm:exportCsv")).isDisplayed());
            assertTrue(browser.findElement(By.id(SHEET)).isDisplayed());
            assertTrue(browser.findElement(By.id("deliveryText")).isDisplayed(), "whether the route delivers is on paper");
            assertEquals(0, session.overflow(), "the table fits the page's width");
            session.screenshot("day-sheet-print-a4");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            session.fullWindow();
        }
    }

    /** Creates a route through the "New route" dialog, delivering on Mondays; answers its id, from the page it opens. */
    private long createRouteOnMondays(String name, String code) {
        session.click(By.id("menuForm:routesItem"));
        wait.until(ExpectedConditions.urlContains("/vendor/routes.xhtml"));
        session.click(By.id("routesForm:newRoute"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newRouteDialog")));
        session.type("newRouteForm:name:input", name);
        session.type("newRouteForm:code:input", code);
        session.click(By.cssSelector("label[for='newRouteForm:deliveryWeekdays:0']"));
        session.type("newRouteForm:deadlineTime:input", "14:00");
        session.click(By.id("newRouteForm:create"));
        wait.until(ExpectedConditions.urlContains("/vendor/route.xhtml?id="));
        assertEquals(name, session.text(By.tagName("h1")));
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));
    }

    /** Adds the demo customer's delivery location through the "Add stop" dialog's search. */
    private void addStop(String customerNumber, String customerName) {
        int before = session.rows(STOPS).size();
        if (!browser.findElement(By.id("addStopDialog")).isDisplayed()) {
            session.click(By.id("stopsForm:addStop"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addStopDialog")));
        }
        session.type("addStopForm:customerSearch:input", customerNumber);
        session.click(By.id("addStopForm:search"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("addStopForm:candidates"), customerName));
        session.click(By.id("addStopForm:candidates:0:add"));
        wait.until(driver -> session.rows(STOPS).size() == before + 1);
        session.settle();
    }

    private List<String> stopCustomers() {
        return session.rows(STOPS).stream().map(row -> row.findElement(By.cssSelector("a[id$='customerLink']")).getText())
                .map(name -> name.substring(0, name.lastIndexOf(' '))).toList();
    }

    private void waitForStops(List<String> customers) {
        session.settle();
        wait.until(driver -> {
            try {
                return stopCustomers().equals(customers);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The file an export button of the day sheet sends, fetched by the page itself (its form, its session). */
    private String download(String button) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('sheetForm');
                const data = new URLSearchParams(new FormData(form));
                data.append('sheetForm:' + arguments[0], '');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(response => response.text()).then(done, error => done('failed: ' + error));
                """, button);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode routeJson(String name, String code) {
        var route = JSON.createObjectNode().put("name", name).put("code", code);
        route.putArray("deliveryWeekdays").add("MONDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        return route;
    }
}
