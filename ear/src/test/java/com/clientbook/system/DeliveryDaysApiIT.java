package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery schedules, delivery days and closures through the API against the EAR: Alpine (Europe/Berlin, as the demo
 * data sets it) puts a new customer's location (the customer's clock: Europe/London) on a route, gives it an own
 * biweekly schedule, closes a day and reads the delivery days with their deadlines on both clocks; Baltic gets 404 for
 * all of it, and bad input gets 400 naming the field. The dates lie years ahead, clear of other tests' deliveries.
 */
class DeliveryDaysApiIT {

    private static final String ROUTES = "/api/v1/routes";
    private static final String CLOSURES = "/api/v1/closures";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday in winter, years ahead. */
    private static final LocalDate MONDAY = LocalDate.of(2031, 1, 6).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aLocationsOwnScheduleAndTheCustomersDeliveryDaysOnBothClocks() throws SQLException {
        long customer = newCustomerWithLocation("Schedule Bistro " + unique, "Europe/London");
        long location = locationsOf(customer, DemoData.ALPINE_API_KEY).get(0).get("id").asLong();
        String schedule = SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations/" + location + "/schedule";

        HttpResponse<String> none = SystemTestServer.apiGet(schedule, DemoData.ALPINE_API_KEY);
        assertEquals(200, none.statusCode(), none.body());
        assertEquals("NONE", SystemTestServer.json(none).get("source").asText());
        assertEquals("\"0\"", none.headers().firstValue("ETag").orElse(""));

        long route = SystemTestServer.json(SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY,
                route("Schedule route " + unique, "SR-" + unique))).get("id").asLong();
        assertEquals(200, SystemTestServer.sendJson("POST", ROUTES + "/" + route + "/stops", DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("customerId", customer).put("deliveryLocationId", location)).statusCode());
        JsonNode onRoute = SystemTestServer.apiGetOk(schedule, DemoData.ALPINE_API_KEY);
        assertEquals("ROUTES", onRoute.get("source").asText());
        assertEquals("SR-" + unique, onRoute.get("routes").get(0).get("code").asText());
        assertTrue(onRoute.path("schedule").isMissingNode() || onRoute.get("schedule").isNull(), "no own schedule");

        HttpResponse<String> own = SystemTestServer.sendJson("PUT", schedule, DemoData.ALPINE_API_KEY, biweekly(), "If-Match", "\"0\"");
        assertEquals(200, own.statusCode(), own.body());
        JsonNode set = SystemTestServer.json(own);
        assertEquals("OWN", set.get("source").asText());
        assertEquals(2, set.get("schedule").get("everyWeeks").asInt());
        assertEquals("22:00", set.get("schedule").get("orderDeadline").get("time").asText());
        String etag = own.headers().firstValue("ETag").orElseThrow();
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", schedule, DemoData.ALPINE_API_KEY, biweekly(), "If-Match", "\"0\""), 412);

        String days = SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-days?from=" + MONDAY + "&to=" + MONDAY.plusDays(27);
        JsonNode read = SystemTestServer.apiGetOk(days, DemoData.ALPINE_API_KEY);
        assertEquals(List.of(MONDAY.plusDays(1).toString(), MONDAY.plusDays(15).toString()), dates(read), read.toString());
        JsonNode first = read.get(0);
        assertEquals(location, first.get("deliveryLocationId").asLong());
        assertEquals("SR-" + unique, first.get("routeCode").asText(), "the route still drives");
        assertEquals(MONDAY.atTime(22, 0).toString(), first.get("orderDeadlineVendorTime").asText());
        assertEquals("Europe/Berlin", first.get("vendorTimeZone").asText());
        assertEquals(MONDAY.atTime(21, 0).toString(), first.get("orderDeadlineCustomerTime").asText(), "London is an hour behind");
        assertEquals("Europe/London", first.get("customerTimeZone").asText());
        assertEquals(MONDAY.atTime(22, 0).atZone(BERLIN).toInstant().toString(), first.get("orderDeadline").asText());
        assertTrue(first.get("movedFrom").isNull());

        // a closure on the first Tuesday moves that delivery to the Wednesday, and says why
        HttpResponse<String> closed = SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY,
                closure(MONDAY.plusDays(1), "MOVE_LATER", "Inventory " + unique));
        assertEquals(201, closed.statusCode(), closed.body());
        long closureId = SystemTestServer.json(closed).get("id").asLong();
        try {
            JsonNode moved = SystemTestServer.apiGetOk(days, DemoData.ALPINE_API_KEY).get(0);
            assertEquals(MONDAY.plusDays(2).toString(), moved.get("date").asText());
            assertEquals(MONDAY.plusDays(1).toString(), moved.get("movedFrom").asText());
            assertEquals("Inventory " + unique, moved.get("movedBecause").asText());
            assertEquals(LocalDateTime.of(MONDAY.plusDays(1), java.time.LocalTime.of(22, 0)).toString(),
                    moved.get("orderDeadlineVendorTime").asText(), "the deadline follows the day it moved to");
            SystemTestServer.problem(SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY,
                    closure(MONDAY.plusDays(1), "SKIP", "Again")), 409);
            assertTrue(SystemTestServer.apiGetOk(CLOSURES + "?from=" + MONDAY, DemoData.ALPINE_API_KEY).toString()
                    .contains("Inventory " + unique));
            SystemTestServer.problem(SystemTestServer.apiGet(CLOSURES + "/" + closureId, DemoData.BALTIC_API_KEY), 404);
            SystemTestServer.problem(SystemTestServer.sendText("DELETE", CLOSURES + "/" + closureId, DemoData.BALTIC_API_KEY,
                    "application/json", ""), 404);
            assertTrue(!SystemTestServer.apiGetOk(CLOSURES + "?from=" + MONDAY, DemoData.BALTIC_API_KEY).toString()
                    .contains("Inventory " + unique), "Baltic does not see Alpine's closures");
        } finally {
            assertEquals(204, SystemTestServer.sendText("DELETE", CLOSURES + "/" + closureId, DemoData.ALPINE_API_KEY,
                    "application/json", "").statusCode());
        }

        HttpResponse<String> back = SystemTestServer.sendText("DELETE", schedule, DemoData.ALPINE_API_KEY, "application/json", "",
                "If-Match", etag);
        assertEquals(200, back.statusCode(), back.body());
        assertEquals("ROUTES", SystemTestServer.json(back).get("source").asText());
        JsonNode routeDays = SystemTestServer.apiGetOk(days, DemoData.ALPINE_API_KEY);
        assertEquals(8, routeDays.size(), "Monday and Thursday of four weeks: " + routeDays);
        assertEquals(MONDAY.toString(), routeDays.get(0).get("date").asText());
        assertEquals(204, SystemTestServer.sendText("DELETE", ROUTES + "/" + route, DemoData.ALPINE_API_KEY, "application/json", "").statusCode());
    }

    @Test
    void anotherVendorGetsNotFoundAndBadInputGetsAClearError() throws SQLException {
        long customer = newCustomerWithLocation("Tenancy Bistro " + unique, null);
        long location = locationsOf(customer, DemoData.ALPINE_API_KEY).get(0).get("id").asLong();
        String schedule = SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-locations/" + location + "/schedule";
        long cafeAtAlpine = customerByNumber("A-0001", DemoData.ALPINE_API_KEY);
        long kitchen = locationsOf(cafeAtAlpine, DemoData.ALPINE_API_KEY).get(0).get("id").asLong();

        // another vendor: neither the customer nor its location exist for Baltic
        SystemTestServer.problem(SystemTestServer.apiGet(schedule, DemoData.BALTIC_API_KEY), 404);
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", schedule, DemoData.BALTIC_API_KEY, biweekly()), 404);
        SystemTestServer.problem(SystemTestServer.sendText("DELETE", schedule, DemoData.BALTIC_API_KEY, "application/json", ""), 404);
        SystemTestServer.problem(SystemTestServer.apiGet(SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-days?from="
                + MONDAY + "&to=" + MONDAY.plusDays(6), DemoData.BALTIC_API_KEY), 404);
        // another company's location under Alpine's own customer
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", SystemTestServer.CUSTOMERS + "/" + customer
                + "/delivery-locations/" + kitchen + "/schedule", DemoData.ALPINE_API_KEY, biweekly()), 404);
        assertEquals("NONE", SystemTestServer.apiGetOk(schedule, DemoData.ALPINE_API_KEY).get("source").asText(), "nothing changed");

        String days = SystemTestServer.CUSTOMERS + "/" + customer + "/delivery-days";
        assertEquals(List.of("from"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(days + "?to=" + MONDAY, DemoData.ALPINE_API_KEY), 400)));
        assertEquals(List.of("from"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(days + "?from=6.1.2031&to=" + MONDAY, DemoData.ALPINE_API_KEY), 400)));
        assertEquals(List.of("to"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(days + "?from=" + MONDAY + "&to=" + MONDAY.minusDays(1), DemoData.ALPINE_API_KEY), 400)));
        assertEquals(List.of("to"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.apiGet(days + "?from=" + MONDAY + "&to=" + MONDAY.plusDays(366), DemoData.ALPINE_API_KEY), 400)));
        assertEquals(0, SystemTestServer.apiGetOk(days + "?from=" + MONDAY + "&to=" + MONDAY.plusDays(365), DemoData.ALPINE_API_KEY).size());

        ObjectNode badTime = biweekly();
        ((ObjectNode) badTime.get("orderDeadline")).put("time", "10pm");
        assertEquals(List.of("orderDeadline.time"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("PUT", schedule, DemoData.ALPINE_API_KEY, badTime), 400)));
        assertEquals(List.of("everyWeeks"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("PUT", schedule, DemoData.ALPINE_API_KEY, biweekly().put("everyWeeks", 53)), 400)));
        ObjectNode noDay = biweekly();
        noDay.putArray("weekdays");
        assertEquals(List.of("weekdays"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("PUT", schedule, DemoData.ALPINE_API_KEY, noDay), 400)));
        assertEquals(List.of("startDate"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("PUT", schedule, DemoData.ALPINE_API_KEY, biweekly().put("startDate", "soon")), 400)));
        assertEquals(List.of("rule"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY, closure(MONDAY, "NEVER", "x")), 400)));
        assertEquals(List.of("reason"), SystemTestServer.errorFields(SystemTestServer.problem(
                SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY, closure(MONDAY, "SKIP", " ")), 400)));
        assertEquals("NONE", SystemTestServer.apiGetOk(schedule, DemoData.ALPINE_API_KEY).get("source").asText());
    }

    private static ObjectNode biweekly() {
        ObjectNode schedule = JSON.createObjectNode().put("everyWeeks", 2).put("startDate", MONDAY.toString()).put("enabled", true);
        schedule.putArray("weekdays").add("TUESDAY");
        schedule.putObject("orderDeadline").put("daysBefore", 1).put("time", "22:00");
        return schedule;
    }

    private static ObjectNode route(String name, String code) {
        ObjectNode route = JSON.createObjectNode().put("name", name).put("code", code);
        route.putArray("deliveryWeekdays").add("MONDAY").add("THURSDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        return route;
    }

    @Test
    void aClosureAddedTwiceWithOneIdempotencyKeyIsOneClosure() {
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(unique.hashCode(), 20_000));
        String key = "closure-" + unique;
        HttpResponse<String> first = SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY,
                closure(day, "SKIP", "Stocktaking " + unique), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        long id = SystemTestServer.json(first).get("id").asLong();
        try {
            HttpResponse<String> again = SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY,
                    closure(day, "SKIP", "Stocktaking " + unique), "Idempotency-Key", key);
            assertEquals(201, again.statusCode(), "a retry answers the first answer, not 409: " + again.body());
            assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
            assertEquals(id, SystemTestServer.json(again).get("id").asLong());
            assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
            SystemTestServer.problem(SystemTestServer.sendJson("POST", CLOSURES, DemoData.ALPINE_API_KEY,
                    closure(day.plusDays(1), "SKIP", "Other " + unique), "Idempotency-Key", key), 422);
        } finally {
            assertEquals(204, SystemTestServer.sendText("DELETE", CLOSURES + "/" + id, DemoData.ALPINE_API_KEY,
                    "application/json", "").statusCode());
        }
    }

    private static ObjectNode closure(LocalDate day, String rule, String reason) {
        return JSON.createObjectNode().put("day", day.toString()).put("rule", rule).put("reason", reason);
    }

    private static List<String> dates(JsonNode days) {
        return java.util.stream.StreamSupport.stream(days.spliterator(), false).map(day -> day.get("date").asText()).toList();
    }

    private static JsonNode locationsOf(long customerId, String apiKey) {
        return SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + customerId + "/delivery-locations", apiKey);
    }

    private static long customerByNumber(String number, String apiKey) {
        return SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/" + number, apiKey).get("id").asLong();
    }

    /**
     * A new customer of Alpine with one delivery location. Only the customer's people add locations, and no API of a
     * vendor does; the system-test server's database does, as the customer's page would have.
     */
    static long newCustomerWithLocation(String name, String customerZone) throws SQLException {
        long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("companyName", name)
                .put("email", "delivery-" + UUID.randomUUID() + "@delivery.example").put("city", "Rosenheim")
                .put("sendInvitation", false)).get("id").asLong();
        try (Connection connection = SystemTestServer.database();
             PreparedStatement company = connection.prepareStatement("select customer_id from customer_relationship where id = ?")) {
            company.setLong(1, id);
            long companyId;
            try (ResultSet row = company.executeQuery()) {
                assertTrue(row.next());
                companyId = row.getLong(1);
            }
            try (PreparedStatement location = connection.prepareStatement("insert into delivery_location (id, company_id, name,"
                    + " street, postal_code, city, country, is_default, created_at) values (nextval('delivery_location_seq'), ?,"
                    + " 'Kitchen', 'Bahnhofstraße 3', '83022', 'Rosenheim', 'DE', true, now())");
                 PreparedStatement zone = connection.prepareStatement("update company set time_zone = ? where id = ?")) {
                location.setLong(1, companyId);
                location.executeUpdate();
                zone.setString(1, customerZone);
                zone.setLong(2, companyId);
                zone.executeUpdate();
            }
        }
        return id;
    }
}
