package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing a customer's number, unlinking it and reading its history through the API, against the EAR in demo mode
 * ({@code -Dclientbook.baseUrl}). Every test adds the customers it changes, named with a token of its own.
 */
class CustomerDetailsApiIT {

    // The demo data's keys (services: com.clientbook.services.demo.DemoData)
    private static final String ALPINE_KEY = "cb_demo_alpine_3f9d2c7a41b84e0f9a6d5c2b1e8f7a90";
    private static final String BALTIC_KEY = "cb_demo_baltic_8e1f4a2b9c7d40e5b3a6f1d2c9e8b7a4";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String BASE_URL = System.getProperty("clientbook.baseUrl", "http://localhost:18080")
            .replaceAll("/+$", "");
    private static final String CUSTOMERS = BASE_URL + "/api/v1/customers";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String token = "dt" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void patchWithTheCurrentETagChangesTheNumberAndAnswersTheNewETag() throws Exception {
        JsonNode customer = add(ALPINE_KEY, "a");
        String etag = etagOf(customer.get("id").asLong());

        HttpResponse<String> changed = patch(customer.get("id").asLong(), ALPINE_KEY, etag, "{\"customerNumber\": \" " + token + "-new \"}");

        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(token + "-new", json.readTree(changed.body()).get("customerNumber").asText());
        String newEtag = changed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newEtag);
        assertEquals(newEtag, etagOf(customer.get("id").asLong()));
    }

    @Test
    void patchWithAStaleETagIsRefusedWith412AndChangesNothing() throws Exception {
        long id = add(ALPINE_KEY, "s").get("id").asLong();
        String stale = etagOf(id);
        assertEquals(200, patch(id, ALPINE_KEY, stale, "{\"customerNumber\": \"" + token + "-first\"}").statusCode());

        JsonNode problem = problem(patch(id, ALPINE_KEY, stale, "{\"customerNumber\": \"" + token + "-second\"}"), 412);

        assertTrue(problem.get("detail").asText().contains("changed by someone else"), problem.toString());
        assertEquals(token + "-first", read(id).get("customerNumber").asText());
    }

    @Test
    void patchWithoutIfMatchAppliesToTheCurrentVersionAndNullClears() throws Exception {
        long id = add(ALPINE_KEY, "n").get("id").asLong();

        HttpResponse<String> cleared = patch(id, ALPINE_KEY, null, "{\"customerNumber\": null}");

        assertEquals(200, cleared.statusCode(), cleared.body());
        assertTrue(json.readTree(cleared.body()).get("customerNumber").isNull());
        HttpResponse<String> untouched = patch(id, ALPINE_KEY, null, "{}");
        assertEquals(200, untouched.statusCode(), untouched.body());
        assertTrue(json.readTree(untouched.body()).get("customerNumber").isNull());
    }

    @Test
    void aNumberAnotherCustomerHasIsRefusedWith409NamingIt() throws Exception {
        JsonNode holder = add(ALPINE_KEY, "h");
        long other = add(ALPINE_KEY, "o").get("id").asLong();

        JsonNode problem = problem(patch(other, ALPINE_KEY, null,
                "{\"customerNumber\": \"" + holder.get("customerNumber").asText().toUpperCase() + "\"}"), 409);

        assertEquals("customerNumber", problem.get("errors").get(0).get("field").asText());
        assertTrue(problem.get("detail").asText().contains(holder.get("companyName").asText()), problem.toString());
        assertEquals(token + "-o", read(other).get("customerNumber").asText());
    }

    @Test
    void theSameNumberAtAnotherVendorIsFine() throws Exception {
        JsonNode alpine = add(ALPINE_KEY, "x");
        long baltic = add(BALTIC_KEY, "y").get("id").asLong();

        HttpResponse<String> changed = patch(baltic, BALTIC_KEY, null,
                "{\"customerNumber\": \"" + alpine.get("customerNumber").asText() + "\"}");

        assertEquals(200, changed.statusCode(), changed.body());
    }

    @Test
    void aTooLongNumberOrAWrongTypeIsRefusedWith400AtTheField() throws Exception {
        long id = add(ALPINE_KEY, "l").get("id").asLong();

        JsonNode tooLong = problem(patch(id, ALPINE_KEY, null, "{\"customerNumber\": \"" + "9".repeat(300) + "\"}"), 400);
        JsonNode wrongType = problem(patch(id, ALPINE_KEY, null, "{\"customerNumber\": 42}"), 400);
        problem(patch(id, ALPINE_KEY, null, "{\"customerNumber\": "), 400);

        assertEquals("customerNumber", tooLong.get("errors").get(0).get("field").asText());
        assertEquals("customerNumber", wrongType.get("errors").get(0).get("field").asText());
        assertEquals(token + "-l", read(id).get("customerNumber").asText());
    }

    @Test
    void historyListsTheChangesNewestFirst() throws Exception {
        long id = add(ALPINE_KEY, "t").get("id").asLong();
        patch(id, ALPINE_KEY, null, "{\"customerNumber\": \"" + token + "-changed\"}");

        HttpResponse<String> response = get(CUSTOMERS + "/" + id + "/history", ALPINE_KEY);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode items = json.readTree(response.body()).get("items");
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
        JsonNode customer = add(ALPINE_KEY, "d");
        long id = customer.get("id").asLong();

        HttpResponse<String> deleted = send(request(CUSTOMERS + "/" + id, ALPINE_KEY).DELETE());

        assertEquals(204, deleted.statusCode(), deleted.body());
        problem(get(CUSTOMERS + "/" + id, ALPINE_KEY), 404);
        problem(get(CUSTOMERS + "/" + id + "/history", ALPINE_KEY), 404);
        assertEquals(0, json.readTree(get(CUSTOMERS + "?name=" + token, ALPINE_KEY).body()).get("totalItems").asLong());
        problem(send(request(CUSTOMERS + "/" + id, ALPINE_KEY).DELETE()), 404);
        long successor = add(ALPINE_KEY, "e").get("id").asLong();
        assertEquals(200, patch(successor, ALPINE_KEY, null,
                "{\"customerNumber\": \"" + customer.get("customerNumber").asText() + "\"}").statusCode());
    }

    @Test
    void deleteWithAStaleETagIsRefusedWith412() throws Exception {
        long id = add(ALPINE_KEY, "z").get("id").asLong();
        String stale = etagOf(id);
        patch(id, ALPINE_KEY, stale, "{\"customerNumber\": \"" + token + "-z2\"}");

        problem(send(request(CUSTOMERS + "/" + id, ALPINE_KEY).header("If-Match", stale).DELETE()), 412);

        assertEquals(200, get(CUSTOMERS + "/" + id, ALPINE_KEY).statusCode());
    }

    @Test
    void anotherVendorCanNeitherChangeNorUnlinkNorReadTheHistory() throws Exception {
        long alpine = add(ALPINE_KEY, "p").get("id").asLong();

        problem(patch(alpine, BALTIC_KEY, null, "{\"customerNumber\": \"stolen-" + token + "\"}"), 404);
        problem(send(request(CUSTOMERS + "/" + alpine, BALTIC_KEY).DELETE()), 404);
        problem(get(CUSTOMERS + "/" + alpine + "/history", BALTIC_KEY), 404);

        assertEquals(token + "-p", read(alpine).get("customerNumber").asText());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private JsonNode add(String key, String variant) throws IOException, InterruptedException {
        ObjectNode customer = json.createObjectNode()
                .put("companyName", "Details " + token + " " + variant)
                .put("email", token + "-" + variant + "@system-test.example")
                .put("customerNumber", token + "-" + variant)
                .put("sendInvitation", false);
        HttpResponse<String> response = send(request(CUSTOMERS, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(customer))));
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private JsonNode read(long id) throws IOException, InterruptedException {
        HttpResponse<String> response = get(CUSTOMERS + "/" + id, ALPINE_KEY);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private String etagOf(long id) throws IOException, InterruptedException {
        return get(CUSTOMERS + "/" + id, ALPINE_KEY).headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> patch(long id, String key, String ifMatch, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(CUSTOMERS + "/" + id, key)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
        return send(request(url, key).GET());
    }

    private static HttpRequest.Builder request(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith(PROBLEM_JSON), contentType);
        JsonNode problem = json.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.path("title").asText().isBlank(), response.body());
        return problem;
    }
}
