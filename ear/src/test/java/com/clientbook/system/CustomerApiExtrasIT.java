package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static com.clientbook.services.demo.DemoData.ALPINE_API_KEY;
import static com.clientbook.services.demo.DemoData.BALTIC_API_KEY;
import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.apiGet;
import static com.clientbook.system.SystemTestServer.apiGetOk;
import static com.clientbook.system.SystemTestServer.encode;
import static com.clientbook.system.SystemTestServer.errorFields;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.sendJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idempotency-Key on the creating calls, the lookup by customer number and the country rule, through HTTP against
 * the EAR on Payara Server in demo mode ({@code -Dclientbook.baseUrl}, default http://localhost:18080). Every test
 * makes its own customers, named with a token of its own.
 */
class CustomerApiExtrasIT {

    private final String token = "ix" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void postingTheSameCustomerTwiceWithOneKeyMakesOneCustomer() throws Exception {
        String key = "erp-" + token;

        HttpResponse<String> first = post(CUSTOMERS, ALPINE_API_KEY, key, customer("Retry " + token));
        HttpResponse<String> second = post(CUSTOMERS, ALPINE_API_KEY, key, customer("Retry " + token));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(json(first), json(second));
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertTrue(second.headers().firstValue("Location").orElseThrow().endsWith("/customers/" + json(first).get("id").asLong()));
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, customersNamed("Retry " + token));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
        String key = "erp-" + token;
        assertEquals(201, post(CUSTOMERS, ALPINE_API_KEY, key, customer("Original " + token)).statusCode());

        HttpResponse<String> reused = post(CUSTOMERS, ALPINE_API_KEY, key, customer("Changed " + token));

        assertEquals(422, reused.statusCode(), reused.body());
        JsonNode problem = json(reused);
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
                    return post(CUSTOMERS, ALPINE_API_KEY, key, body);
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
            ids.add(json(response).get("id").asLong());
        }
        assertEquals(1, ids.size());
        assertEquals(1, customersNamed("Concurrent " + token));
    }

    @Test
    void linkingTwiceWithOneKeyAnswersTheFirstLink() throws Exception {
        HttpResponse<String> added = post(CUSTOMERS, ALPINE_API_KEY, null, customer("Linked " + token));
        ObjectNode link = JSON.createObjectNode().put("email", json(added).get("email").asText()).put("customerNumber", token);

        HttpResponse<String> first = post(CUSTOMERS + "/links", BALTIC_API_KEY, "link-" + token, link);
        HttpResponse<String> second = post(CUSTOMERS + "/links", BALTIC_API_KEY, "link-" + token, link);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(json(first).get("id"), json(second).get("id"));
    }

    @Test
    void aKeyLongerThan200CharactersIsRefused() throws Exception {
        HttpResponse<String> response = post(CUSTOMERS, ALPINE_API_KEY, "k".repeat(201), customer("Long key " + token));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("Idempotency-Key"), errorFields(json(response)));
    }

    @Test
    void aCustomerIsFoundByNumberTrimmedIgnoringCaseAndUrlEncodedWithOrWithoutItsSlash() throws Exception {
        String number = token + "/Nr 7";
        ObjectNode body = customer("Numbered " + token).put("customerNumber", number);
        long id = json(post(CUSTOMERS, ALPINE_API_KEY, null, body)).get("id").asLong();

        for (String asked : List.of(number, number.toUpperCase(), "  " + number.toLowerCase() + " ")) {
            HttpResponse<String> response = apiGet(CUSTOMERS + "/by-number/" + pathSegment(asked), ALPINE_API_KEY);
            assertEquals(200, response.statusCode(), asked + ": " + response.body());
            assertEquals(id, json(response).get("id").asLong());
            assertFalse(response.headers().firstValue("ETag").orElse("").isEmpty());
        }
        HttpResponse<String> slashAsItIs = apiGet(CUSTOMERS + "/by-number/" + pathSegment(number).replace("%2F", "/"), ALPINE_API_KEY);
        assertEquals(200, slashAsItIs.statusCode(), slashAsItIs.body());
        assertEquals(id, json(slashAsItIs).get("id").asLong());
        assertEquals(404, apiGet(CUSTOMERS + "/by-number/" + pathSegment(number), BALTIC_API_KEY).statusCode(),
                "another vendor's number is not found");
        assertEquals(404, apiGet(CUSTOMERS + "/by-number/" + pathSegment("no-such-" + token), ALPINE_API_KEY).statusCode());
    }

    @Test
    void anUnknownCountryIsRefusedAtTheCountry() throws Exception {
        HttpResponse<String> response = post(CUSTOMERS, ALPINE_API_KEY, null, customer("Nowhere " + token).put("country", "XX"));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("country"), errorFields(json(response)));
        assertEquals(0, customersNamed("Nowhere " + token));
    }

    private ObjectNode customer(String companyName) {
        return JSON.createObjectNode()
                .put("companyName", companyName)
                .put("email", companyName.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@system-test.example")
                .put("country", "AT")
                .put("sendInvitation", false);
    }

    private static long customersNamed(String name) {
        return apiGetOk(CUSTOMERS + "?name=" + encode(name), ALPINE_API_KEY).get("totalItems").asLong();
    }

    private static HttpResponse<String> post(String path, String apiKey, String idempotencyKey, JsonNode body) {
        return idempotencyKey == null ? sendJson("POST", path, apiKey, body)
                : sendJson("POST", path, apiKey, body, "Idempotency-Key", idempotencyKey);
    }

    /**
     * The number as one path segment, a slash as %2F: URLEncoder is for forms and writes a blank as "+", which a
     * path keeps as a plus.
     */
    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
