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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labels and the list's filters through the API, against the EAR in demo mode ({@code -Dclientbook.baseUrl}).
 * Every test adds the customers it reads, labelled and named with a token of its own.
 */
class CustomerLabelsApiIT {

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
    private final String token = "lb" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void labelsGivenWhenAddingComeBackAndAPatchReplacesThem() throws Exception {
        JsonNode added = add("a", null, List.of(" " + token + " ", "VIP", "vip"));
        assertEquals(List.of(token, "VIP"), labels(added));
        long id = added.get("id").asLong();

        HttpResponse<String> patched = patch(id, ALPINE_KEY, "{\"labels\": [\"Wien\", \"" + token + "\"]}");

        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals(List.of(token, "Wien"), labels(json.readTree(patched.body())));
        assertEquals(List.of(token, "Wien"), labels(json.readTree(get(CUSTOMERS + "/" + id, ALPINE_KEY).body())));
        JsonNode history = json.readTree(get(CUSTOMERS + "/" + id + "/history", ALPINE_KEY).body());
        assertTrue(history.toString().contains("\"labels\""), history.toString());
        HttpResponse<String> cleared = patch(id, ALPINE_KEY, "{\"labels\": null}");
        assertEquals(List.of(), labels(json.readTree(cleared.body())));
    }

    @Test
    void badLabelsAreRefusedNamingTheField() throws Exception {
        long id = add("b", null, List.of()).get("id").asLong();

        HttpResponse<String> tooLong = patch(id, ALPINE_KEY, "{\"labels\": [\"" + "x".repeat(51) + "\"]}");
        HttpResponse<String> notStrings = patch(id, ALPINE_KEY, "{\"labels\": [1, 2]}");

        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("\"labels\""), tooLong.body());
        assertEquals(400, notStrings.statusCode(), notStrings.body());
        HttpResponse<String> both = patch(id, ALPINE_KEY,
                "{\"customerNumber\": \"" + token + "\", \"labels\": [\"" + "x".repeat(51) + "\"]}");
        assertEquals(400, both.statusCode(), both.body());
        assertTrue(json.readTree(get(CUSTOMERS + "/" + id, ALPINE_KEY).body()).get("customerNumber").isNull(),
                "a refused label leaves the number in the same patch unchanged");
    }

    @Test
    void anotherVendorCanNeitherSeeNorPatchTheLabels() throws Exception {
        long id = add("c", null, List.of(token)).get("id").asLong();

        assertEquals(404, patch(id, BALTIC_KEY, "{\"labels\": [\"mine\"]}").statusCode());
        assertEquals(404, get(CUSTOMERS + "/" + id, BALTIC_KEY).statusCode());
        assertEquals(0, list(BALTIC_KEY, "label=" + token).get("totalItems").asInt());
        assertEquals(List.of(token), labels(json.readTree(get(CUSTOMERS + "/" + id, ALPINE_KEY).body())));
    }

    @Test
    void theListFiltersByLabelTextNoNumberStatusAndChangeTime() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        long labelled = add("d", null, List.of(token + "-tag")).get("id").asLong();
        long numbered = add("e", token + "-no", List.of()).get("id").asLong();

        assertEquals(List.of(labelled), ids(list(ALPINE_KEY, "label=" + token.toUpperCase() + "-TAG")));
        assertEquals(List.of(labelled, numbered), ids(list(ALPINE_KEY, "q=" + token + "&sort=companyName,asc")));
        assertEquals(List.of(numbered), ids(list(ALPINE_KEY, "q=" + token + "-no")));
        assertEquals(List.of(labelled), ids(list(ALPINE_KEY, "q=" + token + "&noCustomerNumber=true")));
        assertEquals(List.of(labelled, numbered), ids(list(ALPINE_KEY, "q=" + token + "&status=PROSPECT")));
        assertEquals(List.of(), ids(list(ALPINE_KEY, "q=" + token + "&status=REGISTERED")));
        assertEquals(List.of(labelled, numbered),
                ids(list(ALPINE_KEY, "q=" + token + "&updatedSince=" + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8))));
        assertEquals(List.of(), ids(list(ALPINE_KEY, "q=" + token + "&updatedSince=2999-01-01T00:00:00Z")));
        HttpResponse<String> badStatus = get(CUSTOMERS + "?status=MAYBE&updatedSince=yesterday", ALPINE_KEY);
        assertEquals(400, badStatus.statusCode(), badStatus.body());
        assertTrue(badStatus.body().contains("\"status\"") && badStatus.body().contains("\"updatedSince\""), badStatus.body());
    }

    private JsonNode add(String variant, String customerNumber, List<String> labels) throws IOException, InterruptedException {
        ObjectNode customer = json.createObjectNode()
                .put("companyName", "Labels " + token + " " + variant)
                .put("email", token + "-" + variant + "@system-test.example")
                .put("customerNumber", customerNumber)
                .put("sendInvitation", false);
        labels.forEach(customer.putArray("labels")::add);
        HttpResponse<String> response = send(request(CUSTOMERS, ALPINE_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(customer))));
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private JsonNode list(String key, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(CUSTOMERS + "?" + query, key);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> labels(JsonNode customer) {
        List<String> labels = new ArrayList<>();
        customer.get("labels").forEach(label -> labels.add(label.asText()));
        return labels;
    }

    private HttpResponse<String> patch(long id, String key, String body) throws IOException, InterruptedException {
        return send(request(CUSTOMERS + "/" + id, key)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
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
}
