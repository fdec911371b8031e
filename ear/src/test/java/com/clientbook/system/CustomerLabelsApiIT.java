package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.clientbook.services.demo.DemoData.ALPINE_API_KEY;
import static com.clientbook.services.demo.DemoData.BALTIC_API_KEY;
import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.addCustomer;
import static com.clientbook.system.SystemTestServer.apiGet;
import static com.clientbook.system.SystemTestServer.apiGetOk;
import static com.clientbook.system.SystemTestServer.encode;
import static com.clientbook.system.SystemTestServer.ids;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.sendText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labels and the list's filters through the API, against the EAR in demo mode ({@code -Dclientbook.baseUrl}).
 * Every test adds the customers it reads, labelled and named with a token of its own.
 */
class CustomerLabelsApiIT {

    private final String token = "lb" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void labelsGivenWhenAddingComeBackAndAPatchReplacesThem() throws Exception {
        JsonNode added = add("a", null, List.of(" " + token + " ", "VIP", "vip"));
        assertEquals(List.of(token, "VIP"), labels(added));
        long id = added.get("id").asLong();

        HttpResponse<String> patched = patch(id, ALPINE_API_KEY, "{\"labels\": [\"Wien\", \"" + token + "\"]}");

        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals(List.of(token, "Wien"), labels(json(patched)));
        assertEquals(List.of(token, "Wien"), labels(json(apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY))));
        JsonNode history = json(apiGet(CUSTOMERS + "/" + id + "/history", ALPINE_API_KEY));
        assertTrue(history.toString().contains("\"labels\""), history.toString());
        HttpResponse<String> cleared = patch(id, ALPINE_API_KEY, "{\"labels\": null}");
        assertEquals(List.of(), labels(json(cleared)));
    }

    @Test
    void badLabelsAreRefusedNamingTheField() throws Exception {
        long id = add("b", null, List.of()).get("id").asLong();

        HttpResponse<String> tooLong = patch(id, ALPINE_API_KEY, "{\"labels\": [\"" + "x".repeat(51) + "\"]}");
        HttpResponse<String> notStrings = patch(id, ALPINE_API_KEY, "{\"labels\": [1, 2]}");

        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("\"labels\""), tooLong.body());
        assertEquals(400, notStrings.statusCode(), notStrings.body());
        HttpResponse<String> both = patch(id, ALPINE_API_KEY,
                "{\"customerNumber\": \"" + token + "\", \"labels\": [\"" + "x".repeat(51) + "\"]}");
        assertEquals(400, both.statusCode(), both.body());
        assertTrue(json(apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY)).get("customerNumber").isNull(),
                "a refused label leaves the number in the same patch unchanged");
    }

    @Test
    void anotherVendorCanNeitherSeeNorPatchTheLabels() throws Exception {
        long id = add("c", null, List.of(token)).get("id").asLong();

        assertEquals(404, patch(id, BALTIC_API_KEY, "{\"labels\": [\"mine\"]}").statusCode());
        assertEquals(404, apiGet(CUSTOMERS + "/" + id, BALTIC_API_KEY).statusCode());
        assertEquals(0, list(BALTIC_API_KEY, "label=" + token).get("totalItems").asInt());
        assertEquals(List.of(token), labels(json(apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY))));
    }

    @Test
    void theListFiltersByLabelTextNoNumberStatusAndChangeTime() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        long labelled = add("d", null, List.of(token + "-tag")).get("id").asLong();
        long numbered = add("e", token + "-no", List.of()).get("id").asLong();

        assertEquals(List.of(labelled), ids(list(ALPINE_API_KEY, "label=" + token.toUpperCase() + "-TAG")));
        assertEquals(List.of(labelled, numbered), ids(list(ALPINE_API_KEY, "q=" + token + "&sort=companyName,asc")));
        assertEquals(List.of(numbered), ids(list(ALPINE_API_KEY, "q=" + token + "-no")));
        assertEquals(List.of(labelled), ids(list(ALPINE_API_KEY, "q=" + token + "&noCustomerNumber=true")));
        assertEquals(List.of(labelled, numbered), ids(list(ALPINE_API_KEY, "q=" + token + "&status=PROSPECT")));
        assertEquals(List.of(), ids(list(ALPINE_API_KEY, "q=" + token + "&status=REGISTERED")));
        assertEquals(List.of(labelled, numbered),
                ids(list(ALPINE_API_KEY, "q=" + token + "&updatedSince=" + encode(before.toString()))));
        assertEquals(List.of(), ids(list(ALPINE_API_KEY, "q=" + token + "&updatedSince=2999-01-01T00:00:00Z")));
        HttpResponse<String> badStatus = apiGet(CUSTOMERS + "?status=MAYBE&updatedSince=yesterday", ALPINE_API_KEY);
        assertEquals(400, badStatus.statusCode(), badStatus.body());
        assertTrue(badStatus.body().contains("\"status\"") && badStatus.body().contains("\"updatedSince\""), badStatus.body());
    }

    private JsonNode add(String variant, String customerNumber, List<String> labels) {
        ObjectNode customer = JSON.createObjectNode()
                .put("companyName", "Labels " + token + " " + variant)
                .put("email", token + "-" + variant + "@system-test.example")
                .put("customerNumber", customerNumber)
                .put("sendInvitation", false);
        labels.forEach(customer.putArray("labels")::add);
        return addCustomer(ALPINE_API_KEY, customer);
    }

    private static JsonNode list(String key, String query) {
        return apiGetOk(CUSTOMERS + "?" + query, key);
    }

    private static List<String> labels(JsonNode customer) {
        List<String> labels = new ArrayList<>();
        customer.get("labels").forEach(label -> labels.add(label.asText()));
        return labels;
    }

    private static HttpResponse<String> patch(long id, String key, String body) {
        return sendText("PATCH", CUSTOMERS + "/" + id, key, "application/merge-patch+json", body);
    }
}
