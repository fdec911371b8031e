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
 * Products through the API against the EAR: Alpine's ERP creates (once per Idempotency-Key), reads with its ETag,
 * replaces and patches with If-Match, searches and deactivates; bad input is 400 per field, a price without currency
 * 422, a taken article number 409, each changing nothing; Baltic gets 404 for Alpine's product whatever it tries; a
 * request without a vendor's key, or with a platform key, reaches no product.
 */
class ProductsApiIT {

    private static final String PRODUCTS = "/api/v1/products";
    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aVendorKeepsAProductWithETagsAndAnIdempotentCreate() {
        String key = "prod-" + UUID.randomUUID();
        HttpResponse<String> created = SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("MLK-" + unique, "Milk " + unique).put("price", 13.2).put("currency", "eur"), "Idempotency-Key", key);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode product = SystemTestServer.json(created);
        long id = product.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(PRODUCTS + "/" + id));
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + product.get("version").asLong() + "\"", etag);
        assertEquals("EUR", product.get("currency").asText());
        assertEquals(13.2, product.get("price").asDouble());
        assertEquals(6, product.get("packSize").asInt());
        assertEquals("CRATE", product.get("unit").asText());
        assertTrue(product.get("active").asBoolean());

        HttpResponse<String> replay = SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("MLK-" + unique, "Milk " + unique).put("price", 13.2).put("currency", "eur"), "Idempotency-Key", key);
        assertEquals(201, replay.statusCode(), replay.body());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(id, SystemTestServer.json(replay).get("id").asLong());
        SystemTestServer.problem(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("OTHER-" + unique, "Other"), "Idempotency-Key", key), 422);
        assertEquals(1, SystemTestServer.apiGetOk(PRODUCTS + "?q=" + unique, DemoData.ALPINE_API_KEY).get("totalItems").asLong(),
                "the replay created nothing");

        HttpResponse<String> read = SystemTestServer.apiGet(PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY);
        assertEquals(etag, read.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> replaced = SystemTestServer.sendJson("PUT", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                product("MLK-" + unique, "Whole milk " + unique), "If-Match", etag);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(SystemTestServer.json(replaced).path("price").isMissingNode() || SystemTestServer.json(replaced).get("price").isNull(),
                "PUT replaces all: no price now");
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                product("MLK-" + unique, "Stale " + unique), "If-Match", etag), 412);
        SystemTestServer.problem(SystemTestServer.sendText("PATCH", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/merge-patch+json", "{\"name\": \"Stale\"}", "If-Match", etag), 412);

        String current = replaced.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> patched = SystemTestServer.sendText("PATCH", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/merge-patch+json", "{\"price\": 14.5, \"currency\": \"EUR\", \"restrictedToLabel\": \"Premium\"}",
                "If-Match", current);
        assertEquals(200, patched.statusCode(), patched.body());
        JsonNode after = SystemTestServer.json(patched);
        assertEquals("Whole milk " + unique, after.get("name").asText(), "a member left out stays");
        assertEquals(14.5, after.get("price").asDouble());
        assertEquals("Premium", after.get("restrictedToLabel").asText());

        assertEquals(204, SystemTestServer.sendText("DELETE", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY, "application/json", "")
                .statusCode());
        assertFalse(SystemTestServer.apiGetOk(PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY).get("active").asBoolean());
        assertEquals(0, SystemTestServer.apiGetOk(PRODUCTS + "?active=true&q=" + unique, DemoData.ALPINE_API_KEY).get("totalItems").asLong());
        JsonNode inactive = SystemTestServer.apiGetOk(PRODUCTS + "?active=false&q=mlk-" + unique, DemoData.ALPINE_API_KEY);
        assertEquals(List.of(id), SystemTestServer.ids(inactive));
        HttpResponse<String> back = SystemTestServer.sendText("PATCH", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/json", "{\"active\": true}");
        assertTrue(SystemTestServer.json(back).get("active").asBoolean(), back.body());
    }

    @Test
    void badInputIsRefusedByFieldOrRuleAndChangesNothing() {
        JsonNode bread = SystemTestServer.json(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("BRD-" + unique, "Bread " + unique)));
        long id = bread.get("id").asLong();

        JsonNode zeroPack = SystemTestServer.problem(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("Z-" + unique, "Zero").put("packSize", 0)), 400);
        assertEquals(List.of("packSize"), SystemTestServer.errorFields(zeroPack));
        JsonNode badUnit = SystemTestServer.problem(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("U-" + unique, "Dozen").put("unit", "DOZEN")), 400);
        assertEquals(List.of("unit"), SystemTestServer.errorFields(badUnit));
        JsonNode missing = SystemTestServer.problem(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("unit", "KG").put("packSize", 1)), 400);
        assertEquals(List.of("articleNumber", "name"), SystemTestServer.errorFields(missing));
        JsonNode noCurrency = SystemTestServer.problem(SystemTestServer.sendJson("PUT", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                product("BRD-" + unique, "Bread " + unique).put("price", 2.4)), 422);
        assertTrue(noCurrency.get("detail").asText().contains("currency"), noCurrency.toString());
        SystemTestServer.problem(SystemTestServer.sendText("PATCH", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/merge-patch+json", "{\"currency\": \"EUR\"}"), 422);
        SystemTestServer.problem(SystemTestServer.sendText("PATCH", PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY,
                "application/merge-patch+json", "{\"packSize\": \"six\"}"), 400);
        SystemTestServer.problem(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product(" brd-" + unique.toUpperCase() + " ", "Twin")), 409);
        SystemTestServer.problem(SystemTestServer.apiGet(PRODUCTS + "?active=maybe", DemoData.ALPINE_API_KEY), 400);
        SystemTestServer.problem(SystemTestServer.apiGet(PRODUCTS + "?size=0", DemoData.ALPINE_API_KEY), 400);

        JsonNode stored = SystemTestServer.apiGetOk(PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY);
        assertEquals("Bread " + unique, stored.get("name").asText());
        assertEquals(bread.get("version").asLong(), stored.get("version").asLong(), "no refused change was stored");
        assertEquals(1, SystemTestServer.apiGetOk(PRODUCTS + "?q=" + unique, DemoData.ALPINE_API_KEY).get("totalItems").asLong());
    }

    @Test
    void anotherVendorAndCallersWithoutAVendorKeyReachNoProduct() {
        long id = SystemTestServer.json(SystemTestServer.sendJson("POST", PRODUCTS, DemoData.ALPINE_API_KEY,
                product("TEN-" + unique, "Tenancy " + unique))).get("id").asLong();

        SystemTestServer.problem(SystemTestServer.apiGet(PRODUCTS + "/" + id, DemoData.BALTIC_API_KEY), 404);
        SystemTestServer.problem(SystemTestServer.sendJson("PUT", PRODUCTS + "/" + id, DemoData.BALTIC_API_KEY,
                product("TEN-" + unique, "Taken over")), 404);
        SystemTestServer.problem(SystemTestServer.sendText("PATCH", PRODUCTS + "/" + id, DemoData.BALTIC_API_KEY,
                "application/merge-patch+json", "{\"name\": \"Taken over\"}"), 404);
        SystemTestServer.problem(SystemTestServer.sendText("DELETE", PRODUCTS + "/" + id, DemoData.BALTIC_API_KEY,
                "application/json", ""), 404);
        assertEquals(0, SystemTestServer.apiGetOk(PRODUCTS + "?q=" + unique, DemoData.BALTIC_API_KEY).get("totalItems").asLong());
        assertEquals(201, SystemTestServer.sendJson("POST", PRODUCTS, DemoData.BALTIC_API_KEY,
                product("TEN-" + unique, "Baltic's own")).statusCode(), "another vendor may use the same article number");

        // no key, an unknown key, a platform key: 401, and nothing changes (customers have no API keys at all)
        SystemTestServer.problem(SystemTestServer.send(SystemTestServer.request(PRODUCTS + "/" + id)
                .header("Content-Type", "application/json").method("PUT",
                        java.net.http.HttpRequest.BodyPublishers.ofString(product("TEN-" + unique, "Anonymous").toString())).build()), 401);
        SystemTestServer.problem(SystemTestServer.sendText("DELETE", PRODUCTS + "/" + id, "not-a-key", "application/json", ""), 401);
        String platformKey = PlatformKeys.issue("Products test " + unique);
        SystemTestServer.problem(SystemTestServer.sendJson("POST", PRODUCTS, platformKey, product("PLT-" + unique, "Platform's")), 401);
        SystemTestServer.problem(SystemTestServer.sendText("DELETE", PRODUCTS + "/" + id, platformKey, "application/json", ""), 401);

        JsonNode mine = SystemTestServer.apiGetOk(PRODUCTS + "/" + id, DemoData.ALPINE_API_KEY);
        assertEquals("Tenancy " + unique, mine.get("name").asText());
        assertTrue(mine.get("active").asBoolean());
    }

    @Test
    void theDemoProductsAreThereWithTheRestrictedOne() {
        JsonNode premium = SystemTestServer.apiGetOk(PRODUCTS + "?q=3002", DemoData.ALPINE_API_KEY);
        assertEquals(DemoData.PREMIUM_LABEL, premium.get("items").get(0).get("restrictedToLabel").asText(), premium.toString());
        assertTrue(SystemTestServer.apiGetOk(PRODUCTS + "?active=true&size=200", DemoData.ALPINE_API_KEY).get("totalItems").asLong() >= 12);
        assertTrue(SystemTestServer.apiGetOk(PRODUCTS, DemoData.BALTIC_API_KEY).get("totalItems").asLong() >= 3);
    }

    private static ObjectNode product(String number, String name) {
        return JSON.createObjectNode().put("articleNumber", number).put("name", name).put("unit", "crate").put("packSize", 6);
    }
}
