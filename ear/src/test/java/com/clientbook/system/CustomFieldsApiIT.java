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
 * Custom fields through the API against the EAR: Alpine's ERP defines fields (once per Idempotency-Key), replaces one
 * with If-Match, is refused a type change while values are in place (422 with the count), retires one (values kept);
 * sets values with a customer PATCH (If-Match, partial, 400 per wrong value, nothing changed), reads them on the
 * customer and the list, and filters by them; Baltic gets 404 for Alpine's field and customer and cannot filter by
 * Alpine's keys.
 */
class CustomFieldsApiIT {

    private static final String FIELDS = "/api/v1/custom-fields";
    private final String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private ObjectNode field(String key, String type) {
        ObjectNode field = JSON.createObjectNode().put("key", key).put("labelEn", "Label " + key)
                .put("labelDe", "Bezeichnung " + key).put("type", type).put("filterable", true);
        return field;
    }

    private JsonNode define(ObjectNode field) {
        HttpResponse<String> created = SystemTestServer.sendJson("POST", FIELDS, DemoData.ALPINE_API_KEY, field);
        assertEquals(201, created.statusCode(), created.body());
        return SystemTestServer.json(created);
    }

    private JsonNode newCustomer() {
        String email = "cf-api-" + UUID.randomUUID() + "@example.com";
        return SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Fields " + unique + " " + email).put("email", email).put("sendInvitation", false));
    }

    @Test
    void aVendorDefinesFieldsAndSetsReadsAndFiltersTheirValues() {
        String zone = "zone" + unique;
        String seats = "seats" + unique;
        String key = "cf-" + UUID.randomUUID();
        HttpResponse<String> created = SystemTestServer.sendJson("POST", FIELDS, DemoData.ALPINE_API_KEY,
                field(zone, "TEXT"), "Idempotency-Key", key);
        assertEquals(201, created.statusCode(), created.body());
        long zoneId = SystemTestServer.json(created).get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(FIELDS + "/" + zoneId));
        HttpResponse<String> replay = SystemTestServer.sendJson("POST", FIELDS, DemoData.ALPINE_API_KEY,
                field(zone, "TEXT"), "Idempotency-Key", key);
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""), replay.body());
        SystemTestServer.problem(SystemTestServer.sendJson("POST", FIELDS, DemoData.ALPINE_API_KEY, field(zone, "TEXT")), 409);
        JsonNode badField = SystemTestServer.problem(SystemTestServer.sendJson("POST", FIELDS, DemoData.ALPINE_API_KEY,
                field("Bad key", "COLOUR")), 400);
        assertFalse(SystemTestServer.errorFields(badField).isEmpty());
        long seatsId = define(field(seats, "NUMBER")).get("id").asLong();

        JsonNode customer = newCustomer();
        long id = customer.get("id").asLong();
        HttpResponse<String> read = SystemTestServer.apiGet(SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY);
        JsonNode fields = SystemTestServer.json(read).get("customFields");
        assertTrue(fields.has(zone) && fields.get(zone).isNull(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> patched = SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id,
                DemoData.ALPINE_API_KEY, "application/merge-patch+json",
                "{\"customFields\": {\"" + zone + "\": \"North\", \"" + seats + "\": 42}}", "If-Match", etag);
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("North", SystemTestServer.json(patched).get("customFields").get(zone).asText());
        assertEquals(42, SystemTestServer.json(patched).get("customFields").get(seats).asInt());
        assertFalse(etag.equals(patched.headers().firstValue("ETag").orElseThrow()), "the version moved on");
        SystemTestServer.problem(SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id,
                DemoData.ALPINE_API_KEY, "application/json", "{\"customFields\": {\"" + zone + "\": \"Stale\"}}",
                "If-Match", etag), 412);
        JsonNode wrong = SystemTestServer.problem(SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id,
                DemoData.ALPINE_API_KEY, "application/json",
                "{\"customFields\": {\"" + zone + "\": \"South\", \"" + seats + "\": 4.5, \"nosuch" + unique + "\": 1}}"), 400);
        assertEquals(List.of("customFields.nosuch" + unique, "customFields." + seats), SystemTestServer.errorFields(wrong));
        JsonNode after = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY);
        assertEquals("North", after.get("customFields").get(zone).asText(), "a refused patch changes nothing");

        JsonNode history = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + id + "/history", DemoData.ALPINE_API_KEY);
        assertTrue(history.toString().contains("customFields." + zone), history.toString());

        JsonNode filtered = SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "?cf." + seats + ".from=40&cf."
                + zone + "=north", DemoData.ALPINE_API_KEY);
        assertEquals(List.of(id), SystemTestServer.ids(filtered));
        assertEquals("North", filtered.get("items").get(0).get("customFields").get(zone).asText());
        assertEquals(0, SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "?cf." + seats + ".to=41",
                DemoData.ALPINE_API_KEY).get("totalItems").asLong());
        JsonNode badFilter = SystemTestServer.problem(SystemTestServer.apiGet(SystemTestServer.CUSTOMERS + "?cf."
                + seats + ".contains=4", DemoData.ALPINE_API_KEY), 400);
        assertEquals(List.of("cf." + seats + ".contains"), SystemTestServer.errorFields(badFilter));

        JsonNode typeChange = SystemTestServer.problem(SystemTestServer.sendJson("PUT", FIELDS + "/" + seatsId,
                DemoData.ALPINE_API_KEY, field(seats, "TEXT").without("key")), 422);
        assertTrue(typeChange.get("detail").asText().contains("1 customers"), typeChange.toString());

        HttpResponse<String> zoneRead = SystemTestServer.apiGet(FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY);
        String zoneTag = zoneRead.headers().firstValue("ETag").orElseThrow();
        ObjectNode relabelled = (ObjectNode) field(zone, "TEXT").without("key");
        relabelled.put("labelEn", "Zone");
        HttpResponse<String> replaced = SystemTestServer.sendJson("PUT", FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY,
                relabelled, "If-Match", zoneTag);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("Zone", SystemTestServer.json(replaced).get("labelEn").asText());
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY,
                relabelled, "If-Match", zoneTag), 412);

        assertEquals(204, SystemTestServer.sendText("DELETE", FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY,
                "application/json", "").statusCode());
        assertFalse(SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY)
                .get("customFields").has(zone), "a retired field is hidden");
        JsonNode all = SystemTestServer.apiGetOk(FIELDS + "?retired=true", DemoData.ALPINE_API_KEY);
        assertTrue(all.toString().contains("\"retired\":true"), all.toString());
        ObjectNode back = (ObjectNode) relabelled.put("retired", false);
        assertEquals(200, SystemTestServer.sendJson("PUT", FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY, back).statusCode());
        assertEquals("North", SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY)
                .get("customFields").get(zone).asText(), "its value came back with it");
        SystemTestServer.sendText("DELETE", FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY, "application/json", "");
        SystemTestServer.sendText("DELETE", FIELDS + "/" + seatsId, DemoData.ALPINE_API_KEY, "application/json", "");
    }

    @Test
    void anotherVendorGetsNotFoundForAVendorsFieldsAndValues() {
        String zone = "tenancy" + unique;
        long zoneId = define(field(zone, "TEXT")).get("id").asLong();
        long id = newCustomer().get("id").asLong();
        SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/json", "{\"customFields\": {\"" + zone + "\": \"North\"}}");

        SystemTestServer.problem(SystemTestServer.apiGet(FIELDS + "/" + zoneId, DemoData.BALTIC_API_KEY), 404);
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", FIELDS + "/" + zoneId, DemoData.BALTIC_API_KEY,
                field(zone, "TEXT").without("key")), 404);
        SystemTestServer.problem(SystemTestServer.sendText("DELETE", FIELDS + "/" + zoneId, DemoData.BALTIC_API_KEY,
                "application/json", ""), 404);
        assertFalse(SystemTestServer.apiGetOk(FIELDS + "?retired=true", DemoData.BALTIC_API_KEY).toString().contains(zone));
        SystemTestServer.problem(SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id,
                DemoData.BALTIC_API_KEY, "application/json", "{\"customFields\": {\"" + zone + "\": \"South\"}}"), 404);
        SystemTestServer.problem(SystemTestServer.apiGet(SystemTestServer.CUSTOMERS + "?cf." + zone + "=North",
                DemoData.BALTIC_API_KEY), 400);
        assertEquals("North", SystemTestServer.apiGetOk(SystemTestServer.CUSTOMERS + "/" + id, DemoData.ALPINE_API_KEY)
                .get("customFields").get(zone).asText());
        SystemTestServer.sendText("DELETE", FIELDS + "/" + zoneId, DemoData.ALPINE_API_KEY, "application/json", "");
    }
}
