package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST} and {@code DELETE /customers/{id}/ban}, the list's banned and status filters, through HTTP against the
 * running server in demo mode: a ban hides the customer from the default list, shows it with banned=true, is in the
 * history, is lifted; bad input is named at its field; another vendor's key gets 404 and changes nothing.
 */
class CustomerBansApiIT {

    private final String token = "ban" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void aBannedCustomerLeavesTheDefaultListUntilTheBanIsLifted() {
        long id = add("Banned API");
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

        HttpResponse<String> banned = post("/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY,
                "{\"reason\": \"Invoices unpaid\", \"until\": \"" + until + "\", \"shareReason\": true}");

        assertEquals(200, banned.statusCode(), banned.body());
        assertTrue(SystemTestServer.json(banned).get("banned").asBoolean());
        assertTrue(banned.headers().firstValue("ETag").isPresent());
        assertEquals(0, list("name=" + token).get("totalItems").asLong(), "banned customers leave the default list");
        JsonNode onlyBanned = list("name=" + token + "&banned=true");
        assertEquals(1, onlyBanned.get("totalItems").asLong());
        assertEquals(id, onlyBanned.get("items").get(0).get("id").asLong());
        assertEquals("PROSPECT", onlyBanned.get("items").get(0).get("status").asText(), "the ban is beside the status");
        assertEquals(1, list("name=" + token + "&banned=all").get("totalItems").asLong());
        JsonNode newest = SystemTestServer.json(api("GET", "/api/v1/customers/" + id + "/history", DemoData.ALPINE_API_KEY, null))
                .get("items").get(0);
        assertEquals("CUSTOMER_BANNED", newest.get("action").asText());
        assertEquals("Invoices unpaid (until " + until + ", reason shared with the customer)", newest.get("newValue").asText());

        HttpResponse<String> lifted = api("DELETE", "/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY, null);

        assertEquals(204, lifted.statusCode(), lifted.body());
        assertFalse(read(id).get("banned").asBoolean());
        assertEquals(1, list("name=" + token).get("totalItems").asLong());
        assertEquals("CUSTOMER_BAN_LIFTED", SystemTestServer.json(api("GET", "/api/v1/customers/" + id + "/history",
                DemoData.ALPINE_API_KEY, null)).get("items").get(0).get("action").asText());
    }

    @Test
    void badInputIsNamedAtItsFieldAndBansNothing() {
        long id = add("Bad ban");

        assertField(post("/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY, "{\"reason\": \"  \"}"), "reason");
        assertField(post("/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY,
                "{\"reason\": \"Late\", \"until\": \"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}"), "until");
        assertField(post("/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY,
                "{\"reason\": \"Late\", \"until\": \"31.12.2026\"}"), "until");
        assertEquals(400, post("/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY, "{nonsense").statusCode());

        assertFalse(read(id).get("banned").asBoolean());
    }

    @Test
    void anotherVendorCannotBanOrLiftAndGetsNotFound() {
        long id = add("Tenant ban");

        HttpResponse<String> ban = post("/api/v1/customers/" + id + "/ban", DemoData.BALTIC_API_KEY, "{\"reason\": \"Not mine\"}");
        assertEquals(404, ban.statusCode(), ban.body());
        assertTrue(ban.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(read(id).get("banned").asBoolean());

        assertEquals(200, post("/api/v1/customers/" + id + "/ban", DemoData.ALPINE_API_KEY, "{\"reason\": \"Mine\"}").statusCode());
        assertEquals(404, api("DELETE", "/api/v1/customers/" + id + "/ban", DemoData.BALTIC_API_KEY, null).statusCode());
        assertTrue(read(id).get("banned").asBoolean());
        assertEquals(401, api("DELETE", "/api/v1/customers/" + id + "/ban", "cb_unknown", null).statusCode());
    }

    @Test
    void theStatusFilterKnowsTheWholeFunnel() {
        add("Funnel");
        assertEquals(1, list("name=" + token + "&status=PROSPECT").get("totalItems").asLong());
        assertEquals(0, list("name=" + token + "&status=HAS_ORDERED").get("totalItems").asLong());
        assertEquals(0, list("name=" + token + "&status=registered").get("totalItems").asLong());
        assertEquals(0, list("name=" + token + "&status=REQUESTED").get("totalItems").asLong());
        assertEquals(0, list("name=" + token + "&status=REJECTED").get("totalItems").asLong());
        assertField(SystemTestServer.get("/api/v1/customers?status=ASLEEP", "Authorization", "Bearer " + DemoData.ALPINE_API_KEY), "status");
        assertField(SystemTestServer.get("/api/v1/customers?banned=maybe", "Authorization", "Bearer " + DemoData.ALPINE_API_KEY), "banned");
    }

    private long add(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = post("/api/v1/customers", DemoData.ALPINE_API_KEY, "{\"companyName\": \"" + name + " "
                + token + " " + unique + "\", \"email\": \"" + token + "-" + unique + "@bans.example\", \"sendInvitation\": false}");
        assertEquals(201, response.statusCode(), response.body());
        return SystemTestServer.json(response).get("id").asLong();
    }

    private JsonNode read(long id) {
        HttpResponse<String> response = api("GET", "/api/v1/customers/" + id, DemoData.ALPINE_API_KEY, null);
        assertEquals(200, response.statusCode(), response.body());
        return SystemTestServer.json(response);
    }

    private JsonNode list(String query) {
        HttpResponse<String> response = api("GET", "/api/v1/customers?" + query, DemoData.ALPINE_API_KEY, null);
        assertEquals(200, response.statusCode(), response.body());
        return SystemTestServer.json(response);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode errors = SystemTestServer.json(response).get("errors");
        assertEquals(field, errors.get(0).get("field").asText(), response.body());
    }

    private static HttpResponse<String> post(String path, String key, String body) {
        return api("POST", path, key, body);
    }

    private static HttpResponse<String> api(String method, String path, String key, String body) {
        HttpRequest.Builder request = SystemTestServer.request(path)
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return SystemTestServer.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
