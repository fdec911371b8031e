package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routes through the API against the EAR: Alpine puts Café Central's delivery location on a route, reorders, reads
 * the next deliveries; Baltic, which supplies Café Central too, can neither read nor change Alpine's route nor use
 * Alpine's customer id, but may put the same place on a route of its own.
 */
class RoutesApiIT {

    private static final String ROUTES = "/api/v1/routes";
    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aVendorKeepsARouteWithStopsAndAnotherVendorCannotTouchIt() {
        long cafeAtAlpine = customerByNumber("A-0001", DemoData.ALPINE_API_KEY);
        long cafeAtBaltic = customerByNumber("BB-100", DemoData.BALTIC_API_KEY);
        long kitchen = -1;
        for (JsonNode location : SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + cafeAtAlpine + "/delivery-locations",
                DemoData.ALPINE_API_KEY)) {
            if (location.get("name").asText().equals("Küche (Hofeingang)")) {
                kitchen = location.get("id").asLong(); // the demo data's, whatever other tests add to the café
            }
        }

        HttpResponse<String> created = SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY, route("North " + unique, "N-" + unique));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode route = SystemTestServer.json(created);
        long id = route.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(ROUTES + "/" + id));
        assertEquals("\"" + route.get("version").asLong() + "\"", created.headers().firstValue("ETag").orElse(""));
        assertEquals("14:00", route.get("orderDeadline").get("time").asText());

        HttpResponse<String> added = SystemTestServer.sendJson("POST", ROUTES + "/" + id + "/stops", DemoData.ALPINE_API_KEY,
                stop(cafeAtAlpine, kitchen));
        assertEquals(200, added.statusCode(), added.body());
        JsonNode stop = SystemTestServer.json(added).get("stops").get(0);
        assertEquals(kitchen, stop.get("deliveryLocationId").asLong());
        assertEquals(cafeAtAlpine, stop.get("customerId").asLong());
        assertEquals("A-0001", stop.get("customerNumber").asText());

        // another vendor: Alpine's route and Alpine's customer id do not exist for Baltic
        assertEquals(404, SystemTestServer.apiGet(ROUTES + "/" + id, DemoData.BALTIC_API_KEY).statusCode());
        SystemTestServer.problem(SystemTestServer.sendJson("POST", ROUTES + "/" + id + "/stops", DemoData.BALTIC_API_KEY,
                stop(cafeAtBaltic, kitchen)), 404);
        SystemTestServer.problem(SystemTestServer.sendText("DELETE", ROUTES + "/" + id, DemoData.BALTIC_API_KEY, "application/json", ""), 404);
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", ROUTES + "/" + id + "/stops/" + kitchen, DemoData.BALTIC_API_KEY,
                JSON.createObjectNode().put("position", 0)), 404);
        assertFalse(SystemTestServer.apiGetOk(ROUTES, DemoData.BALTIC_API_KEY).toString().contains("N-" + unique));
        long balticRoute = SystemTestServer.json(SystemTestServer.sendJson("POST", ROUTES, DemoData.BALTIC_API_KEY,
                route("Baltic north " + unique, "BN-" + unique))).get("id").asLong();
        SystemTestServer.problem(SystemTestServer.sendJson("POST", ROUTES + "/" + balticRoute + "/stops", DemoData.BALTIC_API_KEY,
                stop(cafeAtAlpine, kitchen)), 404);
        assertEquals(200, SystemTestServer.sendJson("POST", ROUTES + "/" + balticRoute + "/stops", DemoData.BALTIC_API_KEY,
                stop(cafeAtBaltic, kitchen)).statusCode(), "Baltic supplies Café Central too and may route to the same place");

        // Alpine's own route, untouched by all that
        JsonNode read = SystemTestServer.apiGetOk(ROUTES + "/" + id, DemoData.ALPINE_API_KEY);
        assertEquals(1, read.get("stops").size());
        JsonNode found = SystemTestServer.apiGetOk(ROUTES + "?q=n-" + unique, DemoData.ALPINE_API_KEY);
        assertEquals(1, found.get("totalItems").asLong(), found.toString());
        assertEquals(1, found.get("items").get(0).get("stopCount").asLong());

        // the day sheet: Alpine's stop with what the driver needs; Baltic's key gets 404 for Alpine's route
        JsonNode sheet = SystemTestServer.apiGetOk(ROUTES + "/" + id + "/day-sheet?date=" + nextMonday(), DemoData.ALPINE_API_KEY);
        assertTrue(sheet.get("delivers").asBoolean(), sheet.toString());
        assertEquals("DELIVERY_DAY", sheet.get("delivery").asText());
        JsonNode first = sheet.get("stops").get(0);
        assertEquals("A-0001", first.get("customerNumber").asText());
        assertEquals("Café Central", first.get("customerName").asText());
        assertEquals("Hofeinfahrt links, bitte klingeln.", first.get("deliveryInstructions").asText());
        assertEquals("+49 89 1234568", first.get("phone").asText());
        assertEquals("MONDAY", first.get("receivingHours").get(0).get("day").asText());
        SystemTestServer.problem(SystemTestServer.apiGet(ROUTES + "/" + id + "/day-sheet?date=" + nextMonday(), DemoData.BALTIC_API_KEY), 404);
    }

    @Test
    void badInputAStaleVersionAndATakenCodeAreRefusedAndChangeNothing() {
        HttpResponse<String> created = SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY, route("South " + unique, "S-" + unique));
        long id = SystemTestServer.json(created).get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        ObjectNode badTime = route("South " + unique, "S-" + unique);
        ((ObjectNode) badTime.get("orderDeadline")).put("time", "2pm");
        JsonNode problem = SystemTestServer.problem(SystemTestServer.sendJson("PUT", ROUTES + "/" + id, DemoData.ALPINE_API_KEY, badTime), 400);
        assertTrue(problem.toString().contains("orderDeadline.time"), problem.toString());
        ObjectNode tooEarly = route("South " + unique, "S-" + unique);
        ((ObjectNode) tooEarly.get("orderDeadline")).put("daysBefore", 15);
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", ROUTES + "/" + id, DemoData.ALPINE_API_KEY, tooEarly), 400);
        SystemTestServer.problem(SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY, route("Other " + unique, "s-" + unique)), 409);

        HttpResponse<String> renamed = SystemTestServer.sendJson("PUT", ROUTES + "/" + id, DemoData.ALPINE_API_KEY,
                route("South renamed " + unique, "S-" + unique), "If-Match", etag);
        assertEquals(200, renamed.statusCode(), renamed.body());
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", ROUTES + "/" + id, DemoData.ALPINE_API_KEY,
                route("South stale " + unique, "S-" + unique), "If-Match", etag), 412);
        assertEquals("South renamed " + unique, SystemTestServer.apiGetOk(ROUTES + "/" + id, DemoData.ALPINE_API_KEY).get("name").asText());

        JsonNode deliveries = SystemTestServer.apiGetOk(ROUTES + "/" + id + "/deliveries?count=3", DemoData.ALPINE_API_KEY);
        assertEquals(3, deliveries.size(), deliveries.toString());
        String firstDay = deliveries.get(0).get("date").asText();
        assertTrue(java.time.LocalDate.parse(firstDay).getDayOfWeek().toString().matches("MONDAY|THURSDAY"), firstDay);
        SystemTestServer.problem(SystemTestServer.apiGet(ROUTES + "/" + id + "/deliveries?count=0", DemoData.ALPINE_API_KEY), 400);

        assertEquals(204, SystemTestServer.sendText("DELETE", ROUTES + "/" + id, DemoData.ALPINE_API_KEY, "application/json", "").statusCode());
        assertFalse(SystemTestServer.apiGetOk(ROUTES, DemoData.ALPINE_API_KEY).toString().contains("S-" + unique));
        assertTrue(SystemTestServer.apiGetOk(ROUTES + "/" + id, DemoData.ALPINE_API_KEY).get("archived").asBoolean());
    }

    @Test
    void theDaySheetSaysWhenTheRouteDoesNotDeliverAndRefusesABadDate() {
        long id = SystemTestServer.json(SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY,
                route("Sheet " + unique, "DS-" + unique))).get("id").asLong();

        JsonNode tuesday = SystemTestServer.apiGetOk(ROUTES + "/" + id + "/day-sheet?date=" + nextMonday().plusDays(1), DemoData.ALPINE_API_KEY);
        assertFalse(tuesday.get("delivers").asBoolean());
        assertEquals("NOT_A_DELIVERY_DAY", tuesday.get("delivery").asText());
        assertTrue(tuesday.get("stops").isEmpty());
        JsonNode thursday = SystemTestServer.apiGetOk(ROUTES + "/" + id + "/day-sheet?date=" + nextMonday().plusDays(3), DemoData.ALPINE_API_KEY);
        assertTrue(thursday.get("delivers").asBoolean());
        assertTrue(thursday.hasNonNull("orderDeadline"));

        JsonNode problem = SystemTestServer.problem(SystemTestServer.apiGet(ROUTES + "/" + id + "/day-sheet?date=13.12.2026", DemoData.ALPINE_API_KEY), 400);
        assertTrue(SystemTestServer.errorFields(problem).contains("date"), problem.toString());
        SystemTestServer.problem(SystemTestServer.apiGet(ROUTES + "/" + id + "/day-sheet", DemoData.ALPINE_API_KEY), 400);
        SystemTestServer.problem(SystemTestServer.apiGet(ROUTES + "/999999999/day-sheet?date=" + nextMonday(), DemoData.ALPINE_API_KEY), 404);
    }

    @Test
    void theListIsPagedByNameAndSearchedByNameOrCode() {
        for (String letter : List.of("c", "a", "b")) {
            assertEquals(201, SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY,
                    route("Paged " + unique + " " + letter, "P" + letter + "-" + unique)).statusCode());
        }

        JsonNode first = SystemTestServer.apiGetOk(ROUTES + "?q=" + SystemTestServer.encode("paged " + unique.toUpperCase()) + "&size=2", DemoData.ALPINE_API_KEY);
        assertEquals(3, first.get("totalItems").asLong());
        assertEquals(0, first.get("page").asInt());
        assertEquals(2, first.get("size").asInt());
        assertEquals(List.of("Paged " + unique + " a", "Paged " + unique + " b"), names(first));
        JsonNode second = SystemTestServer.apiGetOk(ROUTES + "?q=" + SystemTestServer.encode("paged " + unique) + "&size=2&page=1", DemoData.ALPINE_API_KEY);
        assertEquals(List.of("Paged " + unique + " c"), names(second));
        assertEquals(List.of("Paged " + unique + " b"), names(SystemTestServer.apiGetOk(ROUTES + "?q=pb-" + unique, DemoData.ALPINE_API_KEY)));
        assertEquals(0, SystemTestServer.apiGetOk(ROUTES + "?q=" + SystemTestServer.encode("paged " + unique), DemoData.BALTIC_API_KEY).get("totalItems").asLong(),
                "another vendor's list has none of them");
        assertEquals(200, SystemTestServer.apiGetOk(ROUTES + "?size=500", DemoData.ALPINE_API_KEY).get("size").asInt(), "capped at 200");

        JsonNode problem = SystemTestServer.problem(SystemTestServer.apiGet(ROUTES + "?page=-1&size=x", DemoData.ALPINE_API_KEY), 400);
        assertTrue(SystemTestServer.errorFields(problem).containsAll(List.of("page", "size")), problem.toString());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new java.util.ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void aRouteCreatedTwiceWithOneIdempotencyKeyIsOneRouteAndTheKeyIsTheVendorsOwn() {
        String key = "route-" + unique;
        HttpResponse<String> first = SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY,
                route("Retried " + unique, "RT-" + unique), "Idempotency-Key", key);
        HttpResponse<String> again = SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY,
                route("Retried " + unique, "RT-" + unique), "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("ETag").isPresent(), "the first answer carries the route's version");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(SystemTestServer.json(first).get("id"), SystemTestServer.json(again).get("id"));
        assertEquals(1, SystemTestServer.apiGetOk(ROUTES + "?q=RT-" + unique, DemoData.ALPINE_API_KEY)
                .get("totalItems").asLong(), "one route, not two");

        SystemTestServer.problem(SystemTestServer.sendJson("POST", ROUTES, DemoData.ALPINE_API_KEY,
                route("Other " + unique, "OT-" + unique), "Idempotency-Key", key), 422);
        HttpResponse<String> baltic = SystemTestServer.sendJson("POST", ROUTES, DemoData.BALTIC_API_KEY,
                route("Retried " + unique, "RT-" + unique), "Idempotency-Key", key);
        assertEquals(201, baltic.statusCode(), "another vendor's same key is its own: " + baltic.body());
        assertTrue(baltic.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertFalse(SystemTestServer.json(baltic).get("id").equals(SystemTestServer.json(first).get("id")));
    }

    private static java.time.LocalDate nextMonday() {
        return java.time.LocalDate.now().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    }

    private static ObjectNode route(String name, String code) {
        ObjectNode route = JSON.createObjectNode().put("name", name).put("code", code).put("driverNote", "Ring twice");
        route.putArray("deliveryWeekdays").add("MONDAY").add("THURSDAY");
        route.putObject("orderDeadline").put("daysBefore", 1).put("time", "14:00");
        return route;
    }

    private static ObjectNode stop(long customerId, long locationId) {
        return JSON.createObjectNode().put("customerId", customerId).put("deliveryLocationId", locationId);
    }

    private static long customerByNumber(String number, String apiKey) {
        return SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/by-number/" + number, apiKey).get("id").asLong();
    }
}
