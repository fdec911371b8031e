package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer list by route (issue 14): Alpine puts Café Central's kitchen on a new route; the list and the API filter
 * by that route or by "on none of your routes", show each customer's route codes, and the dashboard counts those on
 * no route, linking to the filtered list. Baltic, which supplies Café Central too, cannot filter by Alpine's route.
 */
class CustomerListRoutesIT extends BrowserTest {

    private static final String TABLE = "customersForm:customers";
    private static final String CUSTOMERS = SystemTestServer.CUSTOMERS;

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theApiFiltersByRouteOrNoRouteShowsRouteCodesAndAnotherVendorsRouteIsNotFound() {
        long cafe = customerByNumber("A-0001");
        String code = "RL-" + unique;
        long route = routeWithCafe(cafe, code);
        long routeless = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Routeless " + unique).put("email", "routeless-" + unique + "@routes.example")
                .put("sendInvitation", false)).get("id").asLong();

        JsonNode onRoute = SystemTestServer.apiGetOk(CUSTOMERS + "?route=" + route + "&size=200", DemoData.ALPINE_API_KEY);
        assertEquals(List.of(cafe), SystemTestServer.ids(onRoute), "only the customer whose location is a stop");
        assertTrue(codes(onRoute.get("items").get(0)).contains(code), onRoute.toString());
        assertTrue(codes(SystemTestServer.apiGetOk(CUSTOMERS + "/" + cafe, DemoData.ALPINE_API_KEY)).contains(code));

        JsonNode none = SystemTestServer.apiGetOk(CUSTOMERS + "?route=none&name=" + SystemTestServer.encode("Routeless " + unique),
                DemoData.ALPINE_API_KEY);
        assertEquals(List.of(routeless), SystemTestServer.ids(none));
        assertEquals(0, none.get("items").get(0).get("routes").size());
        assertFalse(SystemTestServer.ids(SystemTestServer.apiGetOk(CUSTOMERS + "?route=none&customerNumber=A-0001",
                DemoData.ALPINE_API_KEY)).contains(cafe), "a customer on a route is not on none");
        long all = total("?banned=all");
        long onNoRoute = total("?banned=all&route=none");
        assertTrue(onNoRoute >= 1 && onNoRoute < all, onNoRoute + " of " + all);

        // another vendor's route id is not found; a route that is no id nor "none" is named at its parameter
        SystemTestServer.problem(SystemTestServer.apiGet(CUSTOMERS + "?route=" + route, DemoData.BALTIC_API_KEY), 404);
        JsonNode bad = SystemTestServer.problem(SystemTestServer.apiGet(CUSTOMERS + "?route=north", DemoData.ALPINE_API_KEY), 400);
        assertEquals(List.of("route"), SystemTestServer.errorFields(bad));
        JsonNode balticNone = SystemTestServer.apiGetOk(CUSTOMERS + "?route=none&size=200&name=" + unique, DemoData.BALTIC_API_KEY);
        assertEquals(0, balticNone.get("totalItems").asLong(), "Alpine's customers are not Baltic's");

        // an archived route no longer counts: the kitchen is off it, and the number the list keeps follows
        assertEquals(204, SystemTestServer.sendText("DELETE", "/api/v1/routes/" + route, DemoData.ALPINE_API_KEY,
                "application/json", "").statusCode());
        assertFalse(codes(SystemTestServer.apiGetOk(CUSTOMERS + "/" + cafe, DemoData.ALPINE_API_KEY)).contains(code));
    }

    @Test
    void theDashboardCountsCustomersOnNoRouteAndThePageFiltersByRouteInEnglishAndGerman() {
        long cafe = customerByNumber("A-0001");
        String code = "RP-" + unique;
        long route = routeWithCafe(cafe, code);
        long onNoRoute = total("?banned=all&route=none");

        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        String text = session.text(By.id("noRoute"));
        assertTrue(text.endsWith("on none of your routes."), text);
        assertEquals(onNoRoute, Long.parseLong(text.replaceAll("\\D", "")), "the dashboard counts as the list does");
        session.click(By.id("noRouteLink"));
        wait.until(ExpectedConditions.urlContains("route=none"));
        session.settle();
        assertEquals(onNoRoute, totalRows(), "the link opens the list filtered to those on no route");
        assertFalse(browser.findElement(By.id(TABLE)).getText().contains("A-0001"));

        ((JavascriptExecutor) browser).executeScript("PF('routeFilter').selectValue('" + route + "'); PF('customersTable').filter();");
        wait.until(driver -> session.rows(TABLE).size() == 1 && session.rows(TABLE).get(0).getText().contains(code));
        assertTrue(session.rows(TABLE).get(0).getText().contains("Café Central"), session.rows(TABLE).get(0).getText());
        Screenshots.take(session, "customers-by-route");
        session.viewport(390, 844);
        session.settle();
        assertEquals(0, session.overflow(), "the route column and its filter fit a phone");
        session.fullWindow();

        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        String german = session.text(By.id("noRoute"));
        assertTrue(german.endsWith("auf keiner Ihrer Touren."), german);
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml?route=" + route);
        session.settle();
        wait.until(driver -> session.rows(TABLE).size() == 1);
        assertTrue(browser.findElement(By.id(TABLE + ":routes")).getText().contains("Tour"));
    }

    @Test
    void theListShowsEachCustomersNextDeliveryAndTheDashboardCountsThoseWithoutDeliveryDaysInEnglishAndGerman() {
        long cafe = customerByNumber("A-0001");
        String code = "ND-" + unique;
        routeWithCafe(cafe, code);
        long nothing = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Dayless " + unique).put("email", "dayless-" + unique + "@routes.example")
                .put("sendInvitation", false)).get("id").asLong();
        JsonNode next = SystemTestServer.apiGetOk(CUSTOMERS + "/" + cafe, DemoData.ALPINE_API_KEY).get("nextDelivery");
        assertTrue(next.hasNonNull("date") && next.hasNonNull("orderDeadline") && next.hasNonNull("orderDeadlineVendorTime"), next.toString());
        JsonNode none = SystemTestServer.apiGetOk(CUSTOMERS + "/" + nothing, DemoData.ALPINE_API_KEY);
        assertTrue(none.has("nextDelivery") && none.get("nextDelivery").isNull(), "present, and null: " + none);
        String day = String.valueOf(java.time.LocalDate.parse(next.get("date").asText()).getDayOfMonth());
        assertEquals(List.of(nothing), SystemTestServer.ids(SystemTestServer.apiGetOk(CUSTOMERS + "?deliveryDays=none&name="
                + SystemTestServer.encode("Dayless " + unique), DemoData.ALPINE_API_KEY)));
        assertFalse(SystemTestServer.ids(SystemTestServer.apiGetOk(CUSTOMERS + "?deliveryDays=none&customerNumber=A-0001",
                DemoData.ALPINE_API_KEY)).contains(cafe), "a customer on an active route has delivery days");
        assertEquals(0, SystemTestServer.apiGetOk(CUSTOMERS + "?deliveryDays=none&banned=all&size=200&name=" + unique,
                DemoData.BALTIC_API_KEY).get("totalItems").asLong(), "Alpine's customers are not Baltic's");
        assertEquals(List.of("deliveryDays"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(CUSTOMERS + "?deliveryDays=never", DemoData.ALPINE_API_KEY), 400)));

        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        String text = session.text(By.id("noDeliveryDays"));
        assertTrue(text.endsWith("without delivery days."), text);
        long without = Long.parseLong(text.replaceAll("\\D", ""));
        session.click(By.id("noDeliveryDaysLink"));
        wait.until(ExpectedConditions.urlContains("deliveryDays=none"));
        session.settle();
        assertEquals(without, totalRows(), "the link opens the list filtered to what the dashboard counted");
        assertFalse(browser.findElement(By.id(TABLE)).getText().contains("A-0001"), "Café Central has delivery days");

        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml?route=" + routeOf(code));
        session.settle();
        wait.until(driver -> session.rows(TABLE).size() == 1);
        String cell = session.rows(TABLE).get(0).findElement(By.cssSelector(".cb-next-delivery")).getText();
        assertTrue(cell.matches("\\w{3} " + day + " \\w{3} · order by \\w{3} \\d{2}:\\d{2}"), cell);
        Screenshots.take(session, "customers-next-delivery");
        session.viewport(390, 844);
        session.settle();
        assertEquals(0, session.overflow(), "the list fits a phone: the next-delivery column is left out there");
        assertFalse(session.rows(TABLE).get(0).findElement(By.cssSelector(".cb-next-delivery")).isDisplayed());
        session.fullWindow();

        restartBrowser("de-DE");
        session.signIn(DemoData.ALPINE_ADMIN);
        wait.until(ExpectedConditions.urlContains("/vendor/"));
        browser.get(SystemTestServer.baseUrl() + "/vendor/dashboard.xhtml");
        assertTrue(session.text(By.id("noDeliveryDays")).endsWith("ohne Liefertage."), session.text(By.id("noDeliveryDays")));
        browser.get(SystemTestServer.baseUrl() + "/vendor/customers.xhtml?route=" + routeOf(code));
        session.settle();
        wait.until(driver -> session.rows(TABLE).size() == 1);
        assertTrue(browser.findElement(By.id(TABLE + ":nextDelivery")).getText().contains("Nächste Lieferung"));
        String german = session.rows(TABLE).get(0).findElement(By.cssSelector(".cb-next-delivery")).getText();
        assertTrue(german.matches("\\S+ " + day + "\\. \\S+ · bestellen bis \\S+ \\d{2}:\\d{2}"), german);
        Screenshots.take(session, "customers-next-delivery-de");
    }

    private static long routeOf(String code) {
        return SystemTestServer.apiGetOk("/api/v1/routes?q=" + code, DemoData.ALPINE_API_KEY).get("items").get(0).get("id").asLong();
    }

    private long routeWithCafe(long cafe, String code) {
        long kitchen = SystemTestServer.apiGetOk(CUSTOMERS + "/" + cafe + "/delivery-locations", DemoData.ALPINE_API_KEY)
                .get(0).get("id").asLong();
        ObjectNode body = JSON.createObjectNode().put("name", "Route " + code).put("code", code);
        body.putArray("deliveryWeekdays").add("TUESDAY");
        body.putObject("orderDeadline").put("daysBefore", 1).put("time", "12:00");
        var created = SystemTestServer.sendJson("POST", "/api/v1/routes", DemoData.ALPINE_API_KEY, body);
        assertEquals(201, created.statusCode(), created.body());
        long route = SystemTestServer.json(created).get("id").asLong();
        var added = SystemTestServer.sendJson("POST", "/api/v1/routes/" + route + "/stops", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("customerId", cafe).put("deliveryLocationId", kitchen));
        assertEquals(200, added.statusCode(), added.body());
        return route;
    }

    private static List<String> codes(JsonNode customer) {
        List<String> codes = new ArrayList<>();
        customer.get("routes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static long total(String query) {
        return SystemTestServer.apiGetOk(CUSTOMERS + query + "&size=1", DemoData.ALPINE_API_KEY).get("totalItems").asLong();
    }

    private static long customerByNumber(String number) {
        return SystemTestServer.apiGetOk(CUSTOMERS + "/by-number/" + number, DemoData.ALPINE_API_KEY).get("id").asLong();
    }

    private long totalRows() {
        if (!browser.findElements(By.cssSelector("#" + css(TABLE) + " .ui-datatable-empty-message")).isEmpty()) {
            return 0;
        }
        String report = session.text(By.cssSelector("#" + css(TABLE) + " .ui-paginator-current"));
        return Long.parseLong(report.replaceAll(".*/\\s*", "").replaceAll("\\D", ""));
    }

    private static String css(String id) {
        return id.replace(":", "\\:");
    }
}
