package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
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
        long kitchen = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + cafeAtAlpine + "/delivery-locations",
                DemoData.ALPINE_API_KEY).get(0).get("id").asLong();

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
        assertEquals(1, SystemTestServer.apiGetOk(ROUTES + "?q=n-" + unique, DemoData.ALPINE_API_KEY).size());
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
