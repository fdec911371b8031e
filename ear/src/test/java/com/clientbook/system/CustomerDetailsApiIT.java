package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static com.clientbook.services.demo.DemoData.ALPINE_API_KEY;
import static com.clientbook.services.demo.DemoData.BALTIC_API_KEY;
import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.addCustomer;
import static com.clientbook.system.SystemTestServer.apiGet;
import static com.clientbook.system.SystemTestServer.apiGetOk;
import static com.clientbook.system.SystemTestServer.apiRequest;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.problem;
import static com.clientbook.system.SystemTestServer.send;
import static com.clientbook.system.SystemTestServer.sendText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing a customer's number, unlinking it and reading its history through the API, against the EAR in demo mode
 * ({@code -Dclientbook.baseUrl}). Every test adds the customers it changes, named with a token of its own.
 */
class CustomerDetailsApiIT {

    private final String token = "dt" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void patchWithTheCurrentETagChangesTheNumberAndAnswersTheNewETag() throws Exception {
        JsonNode customer = add(ALPINE_API_KEY, "a");
        String etag = etagOf(customer.get("id").asLong());

        HttpResponse<String> changed = patch(customer.get("id").asLong(), ALPINE_API_KEY, etag, "{\"customerNumber\": \" " + token + "-new \"}");

        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(token + "-new", json(changed).get("customerNumber").asText());
        String newEtag = changed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newEtag);
        assertEquals(newEtag, etagOf(customer.get("id").asLong()));
    }

    @Test
    void patchWithAStaleETagIsRefusedWith412AndChangesNothing() throws Exception {
        long id = add(ALPINE_API_KEY, "s").get("id").asLong();
        String stale = etagOf(id);
        assertEquals(200, patch(id, ALPINE_API_KEY, stale, "{\"customerNumber\": \"" + token + "-first\"}").statusCode());

        JsonNode problem = problem(patch(id, ALPINE_API_KEY, stale, "{\"customerNumber\": \"" + token + "-second\"}"), 412);

        assertTrue(problem.get("detail").asText().contains("changed by someone else"), problem.toString());
        assertEquals(token + "-first", read(id).get("customerNumber").asText());
    }

    @Test
    void patchWithoutIfMatchAppliesToTheCurrentVersionAndNullClears() throws Exception {
        long id = add(ALPINE_API_KEY, "n").get("id").asLong();

        HttpResponse<String> cleared = patch(id, ALPINE_API_KEY, null, "{\"customerNumber\": null}");

        assertEquals(200, cleared.statusCode(), cleared.body());
        assertTrue(json(cleared).get("customerNumber").isNull());
        HttpResponse<String> untouched = patch(id, ALPINE_API_KEY, null, "{}");
        assertEquals(200, untouched.statusCode(), untouched.body());
        assertTrue(json(untouched).get("customerNumber").isNull());
    }

    @Test
    void aNumberAnotherCustomerHasIsRefusedWith409NamingIt() throws Exception {
        JsonNode holder = add(ALPINE_API_KEY, "h");
        long other = add(ALPINE_API_KEY, "o").get("id").asLong();

        JsonNode problem = problem(patch(other, ALPINE_API_KEY, null,
                "{\"customerNumber\": \"" + holder.get("customerNumber").asText().toUpperCase() + "\"}"), 409);

        assertEquals("customerNumber", problem.get("errors").get(0).get("field").asText());
        assertTrue(problem.get("detail").asText().contains(holder.get("companyName").asText()), problem.toString());
        assertEquals(token + "-o", read(other).get("customerNumber").asText());
    }

    @Test
    void theSameNumberAtAnotherVendorIsFine() throws Exception {
        JsonNode alpine = add(ALPINE_API_KEY, "x");
        long baltic = add(BALTIC_API_KEY, "y").get("id").asLong();

        HttpResponse<String> changed = patch(baltic, BALTIC_API_KEY, null,
                "{\"customerNumber\": \"" + alpine.get("customerNumber").asText() + "\"}");

        assertEquals(200, changed.statusCode(), changed.body());
    }

    @Test
    void aTooLongNumberOrAWrongTypeIsRefusedWith400AtTheField() throws Exception {
        long id = add(ALPINE_API_KEY, "l").get("id").asLong();

        JsonNode tooLong = problem(patch(id, ALPINE_API_KEY, null, "{\"customerNumber\": \"" + "9".repeat(300) + "\"}"), 400);
        JsonNode wrongType = problem(patch(id, ALPINE_API_KEY, null, "{\"customerNumber\": 42}"), 400);
        problem(patch(id, ALPINE_API_KEY, null, "{\"customerNumber\": "), 400);

        assertEquals("customerNumber", tooLong.get("errors").get(0).get("field").asText());
        assertEquals("customerNumber", wrongType.get("errors").get(0).get("field").asText());
        assertEquals(token + "-l", read(id).get("customerNumber").asText());
    }

    @Test
    void historyListsTheChangesNewestFirst() throws Exception {
        long id = add(ALPINE_API_KEY, "t").get("id").asLong();
        patch(id, ALPINE_API_KEY, null, "{\"customerNumber\": \"" + token + "-changed\"}");

        HttpResponse<String> response = apiGet(CUSTOMERS + "/" + id + "/history", ALPINE_API_KEY);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode items = json(response).get("items");
        JsonNode newest = items.get(0);
        assertEquals("CHANGED", newest.get("action").asText());
        assertEquals("customerNumber", newest.get("field").asText());
        assertEquals(token + "-t", newest.get("oldValue").asText());
        assertEquals(token + "-changed", newest.get("newValue").asText());
        assertTrue(newest.get("actor").asText().contains("Demo ERP"), "the API key acted, by its name: " + newest);
        Instant.parse(newest.get("occurredAt").asText());
        assertEquals("CUSTOMER_CREATED", items.get(items.size() - 1).get("action").asText());
        assertTrue(items.get(items.size() - 1).get("field").isNull());
    }

    @Test
    void deleteUnlinksTheCustomerAndFreesItsNumber() throws Exception {
        JsonNode customer = add(ALPINE_API_KEY, "d");
        long id = customer.get("id").asLong();

        HttpResponse<String> deleted = delete(id, ALPINE_API_KEY);

        assertEquals(204, deleted.statusCode(), deleted.body());
        problem(apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY), 404);
        problem(apiGet(CUSTOMERS + "/" + id + "/history", ALPINE_API_KEY), 404);
        assertEquals(0, json(apiGet(CUSTOMERS + "?name=" + token, ALPINE_API_KEY)).get("totalItems").asLong());
        problem(delete(id, ALPINE_API_KEY), 404);
        long successor = add(ALPINE_API_KEY, "e").get("id").asLong();
        assertEquals(200, patch(successor, ALPINE_API_KEY, null,
                "{\"customerNumber\": \"" + customer.get("customerNumber").asText() + "\"}").statusCode());
    }

    @Test
    void deleteWithAStaleETagIsRefusedWith412() throws Exception {
        long id = add(ALPINE_API_KEY, "z").get("id").asLong();
        String stale = etagOf(id);
        patch(id, ALPINE_API_KEY, stale, "{\"customerNumber\": \"" + token + "-z2\"}");

        problem(send(apiRequest(CUSTOMERS + "/" + id, ALPINE_API_KEY).header("If-Match", stale).DELETE().build()), 412);

        assertEquals(200, apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY).statusCode());
    }

    @Test
    void anotherVendorCanNeitherChangeNorUnlinkNorReadTheHistory() throws Exception {
        long alpine = add(ALPINE_API_KEY, "p").get("id").asLong();

        problem(patch(alpine, BALTIC_API_KEY, null, "{\"customerNumber\": \"stolen-" + token + "\"}"), 404);
        problem(delete(alpine, BALTIC_API_KEY), 404);
        problem(apiGet(CUSTOMERS + "/" + alpine + "/history", BALTIC_API_KEY), 404);

        assertEquals(token + "-p", read(alpine).get("customerNumber").asText());
    }

    // --- the vendor corrects a customer's company data while nobody of it has registered (product rules 9) ---

    @Test
    void aProspectsCompanyDataIsCorrectedWithTheETagAndTheHistorySaysOldAndNew() throws Exception {
        long id = add(ALPINE_API_KEY, "c").get("id").asLong();
        String etag = etagOf(id);

        HttpResponse<String> corrected = patch(id, ALPINE_API_KEY, etag, "{\"companyName\": \"Corrected " + token
                + "\", \"city\": \"Linz\", \"phone\": null, \"contactLastName\": \"Kunde\"}");

        assertEquals(200, corrected.statusCode(), corrected.body());
        JsonNode customer = json(corrected);
        assertEquals("Corrected " + token, customer.get("companyName").asText());
        assertEquals("Linz", customer.get("city").asText());
        assertNotEquals(etag, corrected.headers().firstValue("ETag").orElseThrow());
        problem(patch(id, ALPINE_API_KEY, etag, "{\"city\": \"Graz\"}"), 412);
        JsonNode history = json(apiGet(CUSTOMERS + "/" + id + "/history", ALPINE_API_KEY)).get("items");
        java.util.List<String> changes = new java.util.ArrayList<>();
        history.forEach(item -> changes.add(item.get("field").asText() + ": " + item.get("oldValue").asText() + " -> "
                + item.get("newValue").asText()));
        assertTrue(changes.contains("companyName: Details " + token + " c -> Corrected " + token), changes.toString());
        assertTrue(changes.contains("city: null -> Linz"), changes.toString());
    }

    @Test
    void aRegisteredCustomersCompanyDataIsTheCustomersAndIsRefusedWith409() throws Exception {
        JsonNode page = json(apiGet(CUSTOMERS + "?status=REGISTERED&size=1", ALPINE_API_KEY));
        if (page.get("items").isEmpty()) {
            page = json(apiGet(CUSTOMERS + "?status=HAS_ORDERED&size=1", ALPINE_API_KEY));
        }
        JsonNode registered = page.get("items").get(0);
        long id = registered.get("id").asLong();

        JsonNode refused = problem(patch(id, ALPINE_API_KEY, null, "{\"companyName\": \"Taken over " + token + "\"}"), 409);

        assertEquals("urn:clientbook:problem:customer.companyData.registered", refused.get("type").asText(), refused.toString());
        assertTrue(refused.get("detail").asText().contains("keeps its own data"), refused.toString());
        assertEquals(registered.get("companyName").asText(), read(id).get("companyName").asText());
    }

    @Test
    void aBadCorrectionIsRefusedAtItsFieldsAndAnotherVendorFindsNothing() throws Exception {
        long id = add(ALPINE_API_KEY, "b").get("id").asLong();

        JsonNode invalid = problem(patch(id, ALPINE_API_KEY, null, "{\"email\": \"bad@@x\", \"companyName\": \"\"}"), 400);
        JsonNode wrongType = problem(patch(id, ALPINE_API_KEY, null, "{\"city\": 42}"), 400);
        problem(patch(id, BALTIC_API_KEY, null, "{\"companyName\": \"Stolen " + token + "\"}"), 404);

        assertEquals(java.util.List.of("companyName", "email"), SystemTestServer.errorFields(invalid));
        assertEquals("city", wrongType.get("errors").get(0).get("field").asText());
        assertEquals("Details " + token + " b", read(id).get("companyName").asText());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private JsonNode add(String key, String variant) {
        return addCustomer(key, JSON.createObjectNode()
                .put("companyName", "Details " + token + " " + variant)
                .put("email", token + "-" + variant + "@system-test.example")
                .put("customerNumber", token + "-" + variant)
                .put("sendInvitation", false));
    }

    private static JsonNode read(long id) {
        return apiGetOk(CUSTOMERS + "/" + id, ALPINE_API_KEY);
    }

    private static String etagOf(long id) {
        return apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY).headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> patch(long id, String key, String ifMatch, String body) {
        String path = CUSTOMERS + "/" + id;
        String mergePatch = "application/merge-patch+json";
        return ifMatch == null ? sendText("PATCH", path, key, mergePatch, body)
                : sendText("PATCH", path, key, mergePatch, body, "If-Match", ifMatch);
    }

    private static HttpResponse<String> delete(long id, String key) {
        return send(apiRequest(CUSTOMERS + "/" + id, key).DELETE().build());
    }
}
