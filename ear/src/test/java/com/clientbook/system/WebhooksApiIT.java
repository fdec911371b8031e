package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end against the running server: endpoints registered through the API, events caused through the API,
 * delivered over HTTP to {@link WebhookReceiver}, signed, in order, retried after a 500 and not after a 400; addresses
 * that lead inside refused; another vendor neither sees the endpoint nor sends it anything. Each test deletes its
 * endpoints, so later tests' events go nowhere.
 */
class WebhooksApiIT {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void eventsArriveSignedAndInOrderPerCustomerAndATamperedBodyFailsVerification() {
        String url = receiver.newUrl("order");
        JsonNode endpoint = register(DemoData.ALPINE_API_KEY, url, "customer.created", "customer.updated");
        String secret = endpoint.get("secret").asText();
        try {
            assertTrue(secret.startsWith("whsec_"), endpoint.toString());
            assertTrue(SystemTestServer.apiGetOk(WEBHOOKS + "/" + endpoint.get("id").asLong(), DemoData.ALPINE_API_KEY)
                    .get("secret").isNull(), "the secret is shown once");
            String name = "Hook Inn " + UUID.randomUUID();
            ObjectNode customer = JSON.createObjectNode().put("companyName", name)
                    .put("email", "hook-" + UUID.randomUUID() + "@customer.example").put("sendInvitation", false);
            long id = SystemTestServer.addCustomer(DemoData.ALPINE_API_KEY, customer).get("id").asLong();
            for (String number : List.of("H-1", "H-2")) {
                HttpResponse<String> patched = SystemTestServer.sendText("PATCH", SystemTestServer.CUSTOMERS + "/" + id,
                        DemoData.ALPINE_API_KEY, "application/merge-patch+json", "{\"customerNumber\": \"" + number
                                + UUID.randomUUID().toString().substring(0, 6) + "\"}");
                assertEquals(200, patched.statusCode(), patched.body());
            }

            List<WebhookReceiver.Post> posts = receiver.await(url, 3, DELIVERY);
            assertEquals(3, posts.size(), posts.toString());
            List<String> types = posts.stream().map(post -> json(post.body()).get("type").asText()).toList();
            assertEquals(List.of("customer.created", "customer.updated", "customer.updated"), types);
            for (WebhookReceiver.Post post : posts) {
                assertTrue(post.signedWith(secret), post.toString());
                assertFalse(post.signedWith(secret, post.body().replace(name, name + "x")), "a tampered body fails");
                JsonNode data = json(post.body()).get("data");
                assertEquals(id, data.get("id").asLong());
                assertEquals(name, data.get("companyName").asText());
                assertTrue(Math.abs(Long.parseLong(post.timestamp()) - System.currentTimeMillis() / 1000) < 120);
            }
            assertTrue(json(posts.get(2).body()).get("data").get("customerNumber").asText().startsWith("H-2"), "in order");
            assertEquals("customerNumber", json(posts.get(1).body()).get("data").get("changedFields").get(0).asText());
        } finally {
            delete(DemoData.ALPINE_API_KEY, endpoint);
        }
    }

    @Test
    void aDeliveryAnswered500IsRetriedOneAnswered400IsNot() {
        String retried = receiver.newUrl("retry");
        String refused = receiver.newUrl("refuse");
        receiver.script(retried, 500);
        receiver.script(refused, 400, 400, 400);
        JsonNode first = register(DemoData.ALPINE_API_KEY, retried, "order.placed");
        JsonNode second = register(DemoData.ALPINE_API_KEY, refused, "order.placed");
        try {
            testEvent(first);
            testEvent(second);

            List<WebhookReceiver.Post> posts = receiver.await(retried, 2, DELIVERY);
            assertEquals(2, posts.size(), "retried after the 500 (5 s later, with jitter)");
            assertEquals(posts.get(0).id(), posts.get(1).id(), "the retry is the same message");
            receiver.await(refused, 2, Duration.ofSeconds(10));
            assertEquals(1, receiver.postsTo(refused).size(), "no retry after a 400");

            JsonNode deliveries = SystemTestServer.apiGetOk(WEBHOOKS + "/" + second.get("id").asLong() + "/deliveries",
                    DemoData.ALPINE_API_KEY);
            JsonNode delivery = deliveries.get("items").get(0);
            assertEquals("FAILED", delivery.get("status").asText(), deliveries.toString());
            JsonNode attempt = delivery.get("attemptList").get(0);
            assertEquals(400, attempt.get("statusCode").asInt());
            assertEquals("receiver answered 400", attempt.get("answer").asText());
            assertTrue(attempt.get("durationMillis").asInt() >= 0);

            HttpResponse<String> resent = SystemTestServer.sendText("POST", WEBHOOKS + "/" + second.get("id").asLong()
                    + "/deliveries/" + delivery.get("id").asLong() + "/resend", DemoData.ALPINE_API_KEY, "application/json", "");
            assertEquals(202, resent.statusCode(), resent.body());
            assertEquals(2, receiver.await(refused, 2, DELIVERY).size(), "Resend sends it once more");
        } finally {
            delete(DemoData.ALPINE_API_KEY, first);
            delete(DemoData.ALPINE_API_KEY, second);
        }
    }

    @Test
    void addressesThatLeadInsideAreRefused() {
        for (String url : List.of("https://127.0.0.1/hooks", "https://10.0.0.1/hooks", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hooks", "https://localhost/hooks", "http://127.0.0.1:18092/hooks", "http://erp.example.com/hooks")) {
            HttpResponse<String> response = SystemTestServer.sendJson("POST", WEBHOOKS, DemoData.ALPINE_API_KEY, body(url, "order.placed"));
            JsonNode problem = SystemTestServer.problem(response, 400);
            assertEquals(List.of("url"), SystemTestServer.errorFields(problem), url + ": " + response.body());
        }
        JsonNode problem = SystemTestServer.problem(SystemTestServer.sendJson("POST", WEBHOOKS, DemoData.ALPINE_API_KEY,
                body(receiver.newUrl("unknown"), "customer.eaten")), 400);
        assertEquals(List.of("events"), SystemTestServer.errorFields(problem));
    }

    @Test
    void anotherVendorNeitherSeesNorChangesTheEndpointNorSendsItEvents() {
        String url = receiver.newUrl("tenancy");
        JsonNode endpoint = register(DemoData.ALPINE_API_KEY, url, "customer.created");
        String path = WEBHOOKS + "/" + endpoint.get("id").asLong();
        try {
            String baltic = DemoData.BALTIC_API_KEY;
            assertEquals(404, SystemTestServer.apiGet(path, baltic).statusCode());
            assertEquals(404, SystemTestServer.apiGet(path + "/deliveries", baltic).statusCode());
            assertEquals(404, SystemTestServer.sendJson("PUT", path, baltic, body(url, "order.placed")).statusCode());
            assertEquals(404, SystemTestServer.sendText("POST", path + "/test-events", baltic, "application/json", "").statusCode());
            assertEquals(404, SystemTestServer.sendText("POST", path + "/secret-rotations", baltic, "application/json", "").statusCode());
            assertEquals(404, SystemTestServer.sendText("DELETE", path, baltic, "application/json", "").statusCode());
            JsonNode balticList = SystemTestServer.apiGetOk(WEBHOOKS, baltic);
            balticList.get("items").forEach(item -> assertFalse(item.get("url").asText().equals(url)));

            SystemTestServer.addCustomer(baltic, JSON.createObjectNode().put("companyName", "Baltic Hook " + UUID.randomUUID())
                    .put("email", "baltic-hook-" + UUID.randomUUID() + "@customer.example").put("sendInvitation", false));
            assertEquals(List.of(), receiver.await(url, 1, Duration.ofSeconds(4)), "Baltic's events are not Alpine's");
            assertEquals(200, SystemTestServer.apiGet(path, DemoData.ALPINE_API_KEY).statusCode(), "still there");
        } finally {
            delete(DemoData.ALPINE_API_KEY, endpoint);
        }
    }

    private static ObjectNode body(String url, String... events) {
        ObjectNode body = JSON.createObjectNode().put("url", url).put("description", "system test");
        var array = body.putArray("events");
        for (String event : events) {
            array.add(event);
        }
        return body;
    }

    static JsonNode register(String apiKey, String url, String... events) {
        HttpResponse<String> created = SystemTestServer.sendJson("POST", WEBHOOKS, apiKey, body(url, events));
        assertEquals(201, created.statusCode(), created.body());
        return SystemTestServer.json(created);
    }

    private static void testEvent(JsonNode endpoint) {
        HttpResponse<String> queued = SystemTestServer.sendText("POST", WEBHOOKS + "/" + endpoint.get("id").asLong()
                + "/test-events", DemoData.ALPINE_API_KEY, "application/json", "");
        assertEquals(202, queued.statusCode(), queued.body());
    }

    static void delete(String apiKey, JsonNode endpoint) {
        SystemTestServer.sendText("DELETE", WEBHOOKS + "/" + endpoint.get("id").asLong(), apiKey, "application/json", "");
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
