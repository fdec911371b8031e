package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.errorFields;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.problem;
import static com.clientbook.system.SystemTestServer.request;
import static com.clientbook.system.SystemTestServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/invitations} against the EAR on Payara Server in demo mode: inviting, listing by status, resending,
 * revoking, another vendor's "not found", field errors, and the refusals (409 link instead, 409 pending, 422 vendor).
 * Every test invites addresses of its own.
 */
class InvitationsApiIT {

    private static final String INVITATIONS = "/api/v1/invitations";

    private final String token = "inv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void aVendorInvitesListsResendsAndRevokes() throws Exception {
        String email = "kim-" + token + "@krone.example";

        HttpResponse<String> created = post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation(email));

        assertEquals(201, created.statusCode(), created.body());
        JsonNode invitation = json(created);
        long id = invitation.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(INVITATIONS + "/" + id));
        assertEquals("PENDING", invitation.get("status").asText());
        assertEquals(email, invitation.get("email").asText());
        assertEquals("A-" + token, invitation.get("customerNumber").asText());
        assertTrue(invitation.get("sentBy").asText().contains("Demo ERP"), invitation.toString());
        assertFalse(invitation.has("token") || invitation.has("tokenHash"), "the link's token never leaves the e-mail");
        assertTrue(ids(get(INVITATIONS + "?status=pending&size=200", DemoData.ALPINE_API_KEY)).contains(id));

        HttpResponse<String> resent = post(INVITATIONS + "/" + id + "/resend", DemoData.ALPINE_API_KEY, "");
        assertEquals(200, resent.statusCode(), resent.body());
        assertEquals("PENDING", json(resent).get("status").asText());

        assertEquals(204, delete(INVITATIONS + "/" + id, DemoData.ALPINE_API_KEY).statusCode());
        assertEquals(204, delete(INVITATIONS + "/" + id, DemoData.ALPINE_API_KEY).statusCode(), "revoking twice is harmless");
        assertEquals("REVOKED", json(get(INVITATIONS + "/" + id, DemoData.ALPINE_API_KEY)).get("status").asText());
        assertTrue(ids(get(INVITATIONS + "?status=REVOKED&size=200", DemoData.ALPINE_API_KEY)).contains(id));
        assertFalse(ids(get(INVITATIONS + "?status=PENDING&size=200", DemoData.ALPINE_API_KEY)).contains(id));
        JsonNode refused = problem(post(INVITATIONS + "/" + id + "/resend", DemoData.ALPINE_API_KEY, ""), 422);
        assertEquals("urn:clientbook:problem:invitation.notUsable.REVOKED", refused.get("type").asText());
    }

    @Test
    void anotherVendorsInvitationIsNotFoundEverywhere() throws Exception {
        long id = json(post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation("tenant-" + token + "@krone.example"))).get("id").asLong();

        problem(get(INVITATIONS + "/" + id, DemoData.BALTIC_API_KEY), 404);
        problem(post(INVITATIONS + "/" + id + "/resend", DemoData.BALTIC_API_KEY, ""), 404);
        problem(delete(INVITATIONS + "/" + id, DemoData.BALTIC_API_KEY), 404);
        assertFalse(ids(get(INVITATIONS + "?size=200", DemoData.BALTIC_API_KEY)).contains(id));
        assertEquals("PENDING", json(get(INVITATIONS + "/" + id, DemoData.ALPINE_API_KEY)).get("status").asText(),
                "Baltic changed nothing");
        problem(get(INVITATIONS, "cb_" + token), 401);
    }

    @Test
    void badInputIsA400NamingEachFieldAndNothingIsSent() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("email", "not-an-address").put("lastName", "Krone");

        JsonNode invalid = problem(post(INVITATIONS, DemoData.ALPINE_API_KEY, body.toString()), 400);

        assertEquals(List.of("email", "firstName"), errorFields(invalid));
        assertEquals(List.of("status"), errorFields(problem(get(INVITATIONS + "?status=LOST", DemoData.ALPINE_API_KEY), 400)));
        assertEquals(List.of("page", "size"), errorFields(problem(get(INVITATIONS + "?page=-1&size=x", DemoData.ALPINE_API_KEY), 400)));
        problem(post(INVITATIONS, DemoData.ALPINE_API_KEY, "{\"email\": "), 400);
        ObjectNode tooManyLabels = (ObjectNode) JSON.readTree(invitation("labels-" + token + "@krone.example"));
        var labels = tooManyLabels.putArray("labels");
        for (int i = 0; i < 21; i++) {
            labels.add("L" + i);
        }
        assertEquals(List.of("labels"), errorFields(problem(post(INVITATIONS, DemoData.ALPINE_API_KEY, tooManyLabels.toString()), 400)));
        assertFalse(json(get(INVITATIONS + "?size=200", DemoData.ALPINE_API_KEY)).toString().contains("labels-" + token));
    }

    @Test
    void addressesOfCompaniesOnThePlatformAreRefusedWithWhatToDoInstead() throws Exception {
        // Baltic's customer: Alpine should link that company rather than invite it
        String balticCustomer = "baltic-" + token + "@customer.example";
        HttpResponse<String> added = post(CUSTOMERS, DemoData.BALTIC_API_KEY, JSON.createObjectNode()
                .put("companyName", "Baltic Only " + token).put("email", balticCustomer).put("sendInvitation", false).toString());
        assertEquals(201, added.statusCode(), added.body());

        JsonNode linkInstead = problem(post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation(balticCustomer.toUpperCase())), 409);
        assertEquals(json(added).get("companyId").asText(), linkInstead.get("existingCompanyId").asText());
        assertEquals(List.of("email"), errorFields(linkInstead));

        JsonNode vendor = problem(post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation(DemoData.BALTIC_ADMIN)), 422);
        assertEquals("urn:clientbook:problem:invitation.addressNotInvitable", vendor.get("type").asText());
        assertFalse(vendor.toString().toLowerCase(java.util.Locale.ROOT).contains("vendor"), "the answer does not tell the kind of account: " + vendor);

        String pending = "pending-" + token + "@krone.example";
        assertEquals(201, post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation(pending)).statusCode());
        assertEquals("urn:clientbook:problem:invitation.pending",
                problem(post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation(pending)), 409).get("type").asText());
    }

    @Test
    void aCreatedCustomerWithAPendingInvitationIsInvitedInTheCustomerList() throws Exception {
        String email = "prospect-" + token + "@customer.example";
        HttpResponse<String> added = post(CUSTOMERS, DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", "Prospect " + token).put("email", email).put("sendInvitation", false).toString());
        long customerId = json(added).get("id").asLong();
        String q = "&q=" + URLEncoder.encode("Prospect " + token, StandardCharsets.UTF_8);
        assertEquals(List.of(customerId), ids(get(CUSTOMERS + "?status=PROSPECT" + q, DemoData.ALPINE_API_KEY)));

        JsonNode invitation = json(post(INVITATIONS, DemoData.ALPINE_API_KEY, invitation(email)));

        assertEquals(customerId, invitation.get("customerId").asLong());
        assertEquals("INVITED", json(get(CUSTOMERS + "/" + customerId, DemoData.ALPINE_API_KEY)).get("status").asText());
        assertEquals(List.of(customerId), ids(get(CUSTOMERS + "?status=invited" + q, DemoData.ALPINE_API_KEY)));
        assertTrue(ids(get(CUSTOMERS + "?status=PROSPECT" + q, DemoData.ALPINE_API_KEY)).isEmpty());

        assertEquals(204, delete(INVITATIONS + "/" + invitation.get("id").asLong(), DemoData.ALPINE_API_KEY).statusCode());
        assertEquals("PROSPECT", json(get(CUSTOMERS + "/" + customerId, DemoData.ALPINE_API_KEY)).get("status").asText(),
                "a revoked invitation no longer counts");
    }

    private String invitation(String email) {
        ObjectNode body = JSON.createObjectNode().put("email", email).put("firstName", "Kim").put("lastName", "Krone")
                .put("businessName", "Gasthaus Krone " + token).put("customerNumber", "A-" + token);
        body.putArray("labels").add("Tirol");
        return body.toString();
    }

    private static HttpResponse<String> get(String path, String key) {
        return send(request(path).header("Authorization", "Bearer " + key).GET().build());
    }

    private static HttpResponse<String> post(String path, String key, String body) {
        return send(request(path).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> delete(String path, String key) {
        return send(request(path).header("Authorization", "Bearer " + key).DELETE().build());
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return SystemTestServer.ids(json(response));
    }
}
