package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idempotency-Key on the creating calls, the lookup by customer number and the country rule, through HTTP against
 * the EAR on Payara Server in demo mode ({@code -Dclientbook.baseUrl}, default http://localhost:18080). Every test
 * makes its own customers, named with a token of its own.
 */
class CustomerApiExtrasIT {

    // The demo data's keys (services: com.clientbook.services.demo.DemoData)
    private static final String ALPINE_KEY = "cb_demo_alpine_3f9d2c7a41b84e0f9a6d5c2b1e8f7a90";
    private static final String BALTIC_KEY = "cb_demo_baltic_8e1f4a2b9c7d40e5b3a6f1d2c9e8b7a4";

    private static final String BASE_URL = System.getProperty("clientbook.baseUrl", "http://localhost:18080")
            .replaceAll("/+$", "");
    private static final String CUSTOMERS = BASE_URL + "/api/v1/customers";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();

    private final String token = "ix" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void postingTheSameCustomerTwiceWithOneKeyMakesOneCustomer() throws Exception {
        String key = "erp-" + token;

        HttpResponse<String> first = post(CUSTOMERS, ALPINE_KEY, key, customer("Retry " + token));
        HttpResponse<String> second = post(CUSTOMERS, ALPINE_KEY, key, customer("Retry " + token));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(json.readTree(first.body()), json.readTree(second.body()));
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertTrue(second.headers().firstValue("Location").orElseThrow().endsWith("/customers/" + json.readTree(first.body()).get("id").asLong()));
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, customersNamed("Retry " + token));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
        String key = "erp-" + token;
        assertEquals(201, post(CUSTOMERS, ALPINE_KEY, key, customer("Original " + token)).statusCode());

        HttpResponse<String> reused = post(CUSTOMERS, ALPINE_KEY, key, customer("Changed " + token));

        assertEquals(422, reused.statusCode(), reused.body());
        JsonNode problem = json.readTree(reused.body());
        assertTrue(problem.get("detail").asText().startsWith("Idempotency-Key reused with a different request"), reused.body());
        assertEquals(0, customersNamed("Changed " + token));
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneCustomer() throws Exception {
        String key = "erp-" + token;
        ObjectNode body = customer("Concurrent " + token);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return post(CUSTOMERS, ALPINE_KEY, key, body);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();

        Set<Long> ids = new HashSet<>();
        for (var request : requests) {
            HttpResponse<String> response = request.get();
            assertEquals(201, response.statusCode(), response.body());
            ids.add(json.readTree(response.body()).get("id").asLong());
        }
        assertEquals(1, ids.size());
        assertEquals(1, customersNamed("Concurrent " + token));
    }

    @Test
    void linkingTwiceWithOneKeyAnswersTheFirstLink() throws Exception {
        HttpResponse<String> added = post(CUSTOMERS, ALPINE_KEY, null, customer("Linked " + token));
        long companyId = json.readTree(added.body()).get("companyId").asLong();
        ObjectNode link = json.createObjectNode().put("companyId", companyId).put("customerNumber", token);

        HttpResponse<String> first = post(CUSTOMERS + "/links", BALTIC_KEY, "link-" + token, link);
        HttpResponse<String> second = post(CUSTOMERS + "/links", BALTIC_KEY, "link-" + token, link);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(json.readTree(first.body()).get("id"), json.readTree(second.body()).get("id"));
    }

    @Test
    void aKeyLongerThan200CharactersIsRefused() throws Exception {
        HttpResponse<String> response = post(CUSTOMERS, ALPINE_KEY, "k".repeat(201), customer("Long key " + token));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("Idempotency-Key"), fields(json.readTree(response.body())));
    }

    @Test
    void aCustomerIsFoundByNumberTrimmedIgnoringCaseAndUrlEncodedWithOrWithoutItsSlash() throws Exception {
        String number = token + "/Nr 7";
        ObjectNode body = customer("Numbered " + token).put("customerNumber", number);
        long id = json.readTree(post(CUSTOMERS, ALPINE_KEY, null, body).body()).get("id").asLong();

        for (String asked : List.of(number, number.toUpperCase(), "  " + number.toLowerCase() + " ")) {
            HttpResponse<String> response = get(CUSTOMERS + "/by-number/" + pathSegment(asked), ALPINE_KEY);
            assertEquals(200, response.statusCode(), asked + ": " + response.body());
            assertEquals(id, json.readTree(response.body()).get("id").asLong());
            assertFalse(response.headers().firstValue("ETag").orElse("").isEmpty());
        }
        HttpResponse<String> slashAsItIs = get(CUSTOMERS + "/by-number/" + pathSegment(number).replace("%2F", "/"), ALPINE_KEY);
        assertEquals(200, slashAsItIs.statusCode(), slashAsItIs.body());
        assertEquals(id, json.readTree(slashAsItIs.body()).get("id").asLong());
        assertEquals(404, get(CUSTOMERS + "/by-number/" + pathSegment(number), BALTIC_KEY).statusCode(),
                "another vendor's number is not found");
        assertEquals(404, get(CUSTOMERS + "/by-number/" + pathSegment("no-such-" + token), ALPINE_KEY).statusCode());
    }

    @Test
    void anUnknownCountryIsRefusedAtTheCountry() throws Exception {
        HttpResponse<String> response = post(CUSTOMERS, ALPINE_KEY, null, customer("Nowhere " + token).put("country", "XX"));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("country"), fields(json.readTree(response.body())));
        assertEquals(0, customersNamed("Nowhere " + token));
    }

    private ObjectNode customer(String companyName) {
        return json.createObjectNode()
                .put("companyName", companyName)
                .put("email", companyName.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@system-test.example")
                .put("country", "AT")
                .put("sendInvitation", false);
    }

    private long customersNamed(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = get(CUSTOMERS + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), ALPINE_KEY);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).get("totalItems").asLong();
    }

    private HttpResponse<String> post(String url, String apiKey, String idempotencyKey, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String apiKey) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + apiKey).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    /**
     * The number as one path segment, a slash as %2F: URLEncoder is for forms and writes a blank as "+", which a
     * path keeps as a plus.
     */
    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
