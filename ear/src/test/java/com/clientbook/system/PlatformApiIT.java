package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform API against the deployed EAR (issue 10): create with Idempotency-Key, list with search and paging,
 * read with ETag, merge patch with If-Match (412), suspend and reactivate by status; refusals as problem documents
 * naming the field; and tenancy: a vendor's key never opens the platform API, a platform key never a vendor's data,
 * and ids that are no vendor (a customer company, the platform's own company) are "not found".
 */
class PlatformApiIT {

    private static final String VENDORS = "/api/v1/platform/vendors";
    private static String platformKey;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void issuePlatformKey() {
        platformKey = PlatformKeys.issue("Provisioning " + UUID.randomUUID());
    }

    @Test
    void anInternalSystemCreatesAVendorOnceListsReadsAndChangesIt() {
        String key = UUID.randomUUID().toString();
        ObjectNode body = newVendor("Api Vendor " + unique, "api-admin-" + unique + "@vendor.example");

        HttpResponse<String> created = SystemTestServer.sendJson("POST", VENDORS, platformKey, body, "Idempotency-Key", key);
        HttpResponse<String> replayed = SystemTestServer.sendJson("POST", VENDORS, platformKey, body, "Idempotency-Key", key);

        assertEquals(201, created.statusCode(), created.body());
        JsonNode vendor = SystemTestServer.json(created);
        long id = vendor.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(VENDORS + "/" + id));
        assertEquals("ACTIVE", vendor.get("status").asText());
        assertEquals("https://api-vendor.example", vendor.get("website").asText());
        assertEquals(201, replayed.statusCode());
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(id, SystemTestServer.json(replayed).get("id").asLong(), "the retry made no second vendor");

        JsonNode page = SystemTestServer.apiGetOk(VENDORS + "?q=" + SystemTestServer.encode("API VENDOR " + unique) + "&size=5",
                platformKey);
        assertEquals(1, page.get("totalItems").asLong());
        assertEquals(5, page.get("size").asInt());
        assertEquals(0, page.get("items").get(0).get("activeAdmins").asLong(), "the admin has no password yet");
        assertEquals(0, page.get("items").get(0).get("customers").asLong());

        HttpResponse<String> read = SystemTestServer.apiGet(VENDORS + "/" + id, platformKey);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> changed = SystemTestServer.sendJson("PATCH", VENDORS + "/" + id, platformKey,
                SystemTestServer.JSON.createObjectNode().put("city", "Salzburg").putNull("phone"), "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Salzburg", SystemTestServer.json(changed).get("city").asText());
        assertTrue(SystemTestServer.json(changed).get("phone").isNull());
        assertEquals("Api Vendor " + unique, SystemTestServer.json(changed).get("name").asText(), "left out: unchanged");

        HttpResponse<String> stale = SystemTestServer.sendJson("PATCH", VENDORS + "/" + id, platformKey,
                SystemTestServer.JSON.createObjectNode().put("city", "Wels"), "If-Match", etag);
        SystemTestServer.problem(stale, 412);
        assertEquals("Salzburg", SystemTestServer.apiGetOk(VENDORS + "/" + id, platformKey).get("city").asText());
    }

    @Test
    void suspendingNeedsAReasonAndReactivatingRestores() {
        long id = create("Paused " + unique, "paused-" + unique + "@vendor.example");

        JsonNode noReason = SystemTestServer.problem(SystemTestServer.sendJson("PATCH", VENDORS + "/" + id, platformKey,
                SystemTestServer.JSON.createObjectNode().put("status", "SUSPENDED")), 400);
        assertEquals(List.of("suspensionReason"), SystemTestServer.errorFields(noReason));
        JsonNode badStatus = SystemTestServer.problem(SystemTestServer.sendJson("PATCH", VENDORS + "/" + id, platformKey,
                SystemTestServer.JSON.createObjectNode().put("status", "DELETED")), 400);
        assertEquals(List.of("status"), SystemTestServer.errorFields(badStatus));

        HttpResponse<String> suspended = SystemTestServer.sendJson("PATCH", VENDORS + "/" + id, platformKey,
                SystemTestServer.JSON.createObjectNode().put("status", "SUSPENDED").put("suspensionReason", "Contract ended"));
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertEquals("SUSPENDED", SystemTestServer.json(suspended).get("status").asText());
        assertEquals("Contract ended", SystemTestServer.json(suspended).get("suspensionReason").asText());
        assertTrue(SystemTestServer.json(suspended).get("suspendedBy").asText().contains("Platform API key"));

        HttpResponse<String> active = SystemTestServer.sendJson("PATCH", VENDORS + "/" + id, platformKey,
                SystemTestServer.JSON.createObjectNode().put("status", "ACTIVE"));
        assertEquals("ACTIVE", SystemTestServer.json(active).get("status").asText());
        assertTrue(SystemTestServer.json(active).get("suspensionReason").isNull());
    }

    @Test
    void aNameOrAnEmailInUseIsRefusedNamingTheFieldAndBadInputNamesEachField() {
        JsonNode sameName = SystemTestServer.problem(SystemTestServer.sendJson("POST", VENDORS, platformKey,
                newVendor(DemoData.ALPINE.toUpperCase(), "someone-" + unique + "@vendor.example")), 409);
        assertEquals(List.of("name"), SystemTestServer.errorFields(sameName));
        JsonNode takenEmail = SystemTestServer.problem(SystemTestServer.sendJson("POST", VENDORS, platformKey,
                newVendor("Unused " + unique, DemoData.CUSTOMER_ADMIN)), 409);
        assertEquals(List.of("adminEmail"), SystemTestServer.errorFields(takenEmail));
        assertFalse(takenEmail.get("detail").asText().contains("customer company"), takenEmail.toString());

        JsonNode invalid = SystemTestServer.problem(SystemTestServer.sendJson("POST", VENDORS, platformKey,
                SystemTestServer.JSON.createObjectNode().put("name", " ").put("country", "XX").put("adminEmail", "nobody")), 400);
        assertEquals(List.of("adminEmail", "adminFirstName", "adminLastName", "country", "name"),
                SystemTestServer.errorFields(invalid).stream().distinct().sorted().toList());
        SystemTestServer.problem(SystemTestServer.sendText("POST", VENDORS, platformKey, "application/json", "{\"name\": ",
                new String[0]), 400);
        assertEquals(0, SystemTestServer.apiGetOk(VENDORS + "?q=" + SystemTestServer.encode("Unused " + unique), platformKey)
                .get("totalItems").asLong(), "nothing was created");
    }

    @Test
    void aVendorsKeyNeverOpensThePlatformApiAndAPlatformKeyNeverAVendorsData() throws SQLException {
        assertEquals(401, SystemTestServer.apiGet(VENDORS, DemoData.ALPINE_API_KEY).statusCode());
        assertEquals(401, SystemTestServer.sendJson("POST", VENDORS, DemoData.ALPINE_API_KEY,
                newVendor("Sneaky " + unique, "sneaky-" + unique + "@vendor.example")).statusCode());
        assertEquals(401, SystemTestServer.get(VENDORS).statusCode(), "no key at all");
        assertEquals(401, SystemTestServer.apiGet(SystemTestServer.CUSTOMERS, platformKey).statusCode());
        assertEquals(401, SystemTestServer.apiGet("/api/v1/invitations", platformKey).statusCode());
        assertEquals(0, SystemTestServer.apiGetOk(VENDORS + "?q=" + SystemTestServer.encode("Sneaky " + unique), platformKey)
                .get("totalItems").asLong());

        JsonNode all = SystemTestServer.apiGetOk(VENDORS + "?size=200", platformKey);
        assertTrue(textsOf(all, "name").contains(DemoData.ALPINE));
        assertFalse(textsOf(all, "name").contains("Clientbook platform"), "the operator company is no vendor");
        SystemTestServer.problem(SystemTestServer.apiGet(VENDORS + "/" + companyId("Café Central", "CUSTOMER"), platformKey), 404);
        SystemTestServer.problem(SystemTestServer.apiGet(VENDORS + "/" + companyId("Clientbook platform", "VENDOR"), platformKey), 404);
        SystemTestServer.problem(SystemTestServer.apiGet(VENDORS + "/999999999", platformKey), 404);
    }

    static ObjectNode newVendor(String name, String adminEmail) {
        return SystemTestServer.JSON.createObjectNode()
                .put("name", name)
                .put("vatId", "ATU12345678")
                .put("street", "Ring 1")
                .put("postalCode", "1010")
                .put("city", "Wien")
                .put("country", "AT")
                .put("phone", "+43 1 2345")
                .put("website", "api-vendor.example")
                .put("language", "en")
                .put("adminFirstName", "Alex")
                .put("adminLastName", "Admin")
                .put("adminEmail", adminEmail);
    }

    private long create(String name, String adminEmail) {
        HttpResponse<String> created = SystemTestServer.sendJson("POST", VENDORS, platformKey, newVendor(name, adminEmail));
        assertEquals(201, created.statusCode(), created.body());
        return SystemTestServer.json(created).get("id").asLong();
    }

    private static List<String> textsOf(JsonNode page, String field) {
        List<String> texts = new java.util.ArrayList<>();
        page.get("items").forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    private static long companyId(String name, String kind) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement select = connection.prepareStatement("select id from company where kind = ? and name = ?")) {
            select.setString(1, kind);
            select.setString(2, name);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), name);
                return row.getLong(1);
            }
        }
    }
}
