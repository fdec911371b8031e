package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
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
import static com.clientbook.system.SystemTestServer.baseUrl;
import static com.clientbook.system.SystemTestServer.encode;
import static com.clientbook.system.SystemTestServer.errorFields;
import static com.clientbook.system.SystemTestServer.ids;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.problem;
import static com.clientbook.system.SystemTestServer.sendJson;
import static com.clientbook.system.SystemTestServer.sendText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customers API as an ERP sees it, against the EAR deployed on Payara Server in demo mode
 * ({@code -Dclientbook.baseUrl}, default http://localhost:18080). Every test makes the customers it looks at,
 * named with a token of its own, so the tests neither depend on each other nor on earlier runs.
 * Redirects are not followed: an API call answered with the pages' login page must fail loudly.
 */
class CustomersApiIT {

    /** Unique per test method and run: company names, e-mail addresses and customer numbers are built from it. */
    private final String token = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void listShowsOnlyTheCallingVendorsCustomersInAPagingEnvelope() throws Exception {
        long alpineCustomer = addCustomer(ALPINE_API_KEY, customer("Alpine " + token, "alpine")).get("id").asLong();
        addCustomer(BALTIC_API_KEY, customer("Baltic " + token, "baltic"));

        HttpResponse<String> response = apiGet(CUSTOMERS + "?name=" + token, ALPINE_API_KEY);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonNode page = json(response);
        assertEquals(0, page.get("page").asInt());
        assertEquals(50, page.get("size").asInt(), "the default page size");
        assertEquals(1, page.get("totalItems").asLong(), response.body());
        assertEquals(List.of(alpineCustomer), ids(page));
        assertEquals("Alpine " + token, page.get("items").get(0).get("companyName").asText());
    }

    @Test
    void listIsSortedAndPagedAsAsked() throws Exception {
        addCustomer(ALPINE_API_KEY, customer(token + " Charlie", "c"));
        addCustomer(ALPINE_API_KEY, customer(token + " alpha", "a"));
        addCustomer(ALPINE_API_KEY, customer(token + " Bravo", "b"));

        assertEquals(List.of(token + " alpha", token + " Bravo", token + " Charlie"),
                names(list("?name=" + token + "&sort=companyName,asc")));
        assertEquals(List.of(token + " Charlie", token + " Bravo", token + " alpha"),
                names(list("?name=" + token + "&sort=companyName,desc")));
        assertEquals(List.of(token + " Charlie", token + " Bravo", token + " alpha"),
                names(list("?customerNumber=" + token + "&sort=customerNumber,desc")));

        JsonNode firstPage = list("?name=" + token + "&sort=companyName&size=2&page=0");
        JsonNode secondPage = list("?name=" + token + "&sort=companyName&size=2&page=1");
        assertEquals(List.of(token + " alpha", token + " Bravo"), names(firstPage));
        assertEquals(List.of(token + " Charlie"), names(secondPage));
        assertEquals(3, secondPage.get("totalItems").asLong());
        assertEquals(1, secondPage.get("page").asInt());
        assertEquals(2, secondPage.get("size").asInt());
    }

    @Test
    void aCursorReadsThePageAfterItAndIsTheCallersOwn() throws Exception {
        addCustomer(ALPINE_API_KEY, customer(token + " Charlie", "c"));
        addCustomer(ALPINE_API_KEY, customer(token + " alpha", "a"));
        addCustomer(ALPINE_API_KEY, customer(token + " Bravo", "b"));
        addCustomer(BALTIC_API_KEY, customer(token + " Delta", "d"));

        JsonNode first = list("?name=" + token + "&sort=companyName&size=2");
        assertEquals(List.of(token + " alpha", token + " Bravo"), names(first));
        String cursor = first.get("nextCursor").asText();
        JsonNode second = list("?name=" + token + "&sort=companyName&size=2&after=" + encode(cursor));
        assertEquals(List.of(token + " Charlie"), names(second));
        assertEquals(3, second.get("totalItems").asLong(), "the count is the whole list's");
        assertTrue(second.path("nextCursor").isMissingNode() || second.get("nextCursor").isNull(), second.toString());

        // another vendor's cursor is bounds, never rows: Baltic sees its own customer after it, nothing of Alpine's
        JsonNode baltic = apiGetOk(CUSTOMERS + "?name=" + token + "&sort=companyName&after=" + encode(cursor), BALTIC_API_KEY);
        assertEquals(List.of(token + " Delta"), names(baltic));
    }

    @Test
    void aBadCursorIsRefusedWith400NamingTheParameter() throws Exception {
        assertEquals(List.of("after"), errorFields(problem(apiGet(CUSTOMERS + "?after=nonsense", ALPINE_API_KEY), 400)));
        String cursor = list("?size=1&sort=city").get("nextCursor").asText();
        assertEquals(List.of("after"), errorFields(problem(apiGet(CUSTOMERS + "?sort=companyName&after="
                + encode(cursor), ALPINE_API_KEY), 400)), "a cursor of another sort");
        assertEquals(List.of("page"), errorFields(problem(apiGet(CUSTOMERS + "?sort=city&page=3&after="
                + encode(cursor), ALPINE_API_KEY), 400)));
    }

    @Test
    void pageSizeIsCappedAt200() throws Exception {
        JsonNode page = list("?size=5000");

        assertEquals(200, page.get("size").asInt());
        assertTrue(page.get("items").size() <= 200);
    }

    @Test
    void badPagingOrSortIsRefusedWith400NamingTheParameters() throws Exception {
        HttpResponse<String> response = apiGet(CUSTOMERS + "?page=-1&size=many&sort=" + encode("shoeSize,up"), ALPINE_API_KEY);

        JsonNode problem = problem(response, 400);
        assertEquals(List.of("page", "size", "sort"), errorFields(problem));
    }

    @Test
    void requestsWithoutAKeyAreRefusedWith401() throws Exception {
        HttpResponse<String> response = SystemTestServer.get(CUSTOMERS);

        problem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                response.headers().map().toString());
    }

    @Test
    void requestsWithAnUnknownKeyAreRefusedWith401() throws Exception {
        HttpResponse<String> response = apiGet(CUSTOMERS, "cb_" + token);

        problem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void addedCustomerCanBeReadAndListed() throws Exception {
        ObjectNode input = customer("Gasthaus " + token, "g");
        input.put("contactFirstName", "Kim").put("contactLastName", "Krone").put("phone", "+43 512 123456")
                .put("street", "Hauptstrasse 5").put("postalCode", "6020").put("city", "Innsbruck").put("country", "at");

        HttpResponse<String> created = post(ALPINE_API_KEY, input);

        assertEquals(201, created.statusCode(), created.body());
        JsonNode body = json(created);
        long id = body.get("id").asLong();
        assertEquals(baseUrl() + CUSTOMERS + "/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("Gasthaus " + token, body.get("companyName").asText());
        assertEquals(input.get("email").asText(), body.get("email").asText());
        assertEquals(input.get("customerNumber").asText(), body.get("customerNumber").asText());
        assertEquals("Innsbruck", body.get("city").asText());
        assertEquals("AT", body.get("country").asText());
        assertEquals("PROSPECT", body.get("status").asText());
        assertFalse(body.get("banned").asBoolean());
        assertTrue(body.get("labels").isArray());
        assertFalse(body.get("companyId").asText().isBlank(), "a random public id");
        Instant createdAt = Instant.parse(body.get("createdAt").asText());
        assertTrue(createdAt.isAfter(Instant.now().minus(Duration.ofHours(1))), "createdAt is an ISO-8601 instant of now");

        HttpResponse<String> read = apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode readBody = json(read);
        assertEquals(id, readBody.get("id").asLong());
        assertEquals("Gasthaus " + token, readBody.get("companyName").asText());
        assertEquals("6020", readBody.get("postalCode").asText());
        assertEquals(body.get("createdAt").asText(), readBody.get("createdAt").asText(), "the same instant, read back");
        assertEquals(body.get("updatedAt").asText(), readBody.get("updatedAt").asText());

        assertEquals(List.of(id), ids(list("?customerNumber=" + encode(input.get("customerNumber").asText()))));
    }

    @Test
    void readsCarryTheVersionAsETag() throws Exception {
        long id = addCustomer(ALPINE_API_KEY, customer("Versioned " + token, "v")).get("id").asLong();

        HttpResponse<String> read = apiGet(CUSTOMERS + "/" + id, ALPINE_API_KEY);

        String etag = read.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, read.headers().map().toString());
        assertTrue(etag.matches("(W/)?\"[^\"]+\""), etag);
        HttpResponse<String> unchanged = SystemTestServer.get(CUSTOMERS + "/" + id,
                "Authorization", "Bearer " + ALPINE_API_KEY, "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
    }

    @Test
    void duplicateCustomerNumberIsRefusedWith409AndCreatesNothing() throws Exception {
        ObjectNode first = customer("First " + token, "1");
        addCustomer(ALPINE_API_KEY, first);
        ObjectNode second = customer("Second " + token, "2");
        second.put("customerNumber", " " + first.get("customerNumber").asText().toLowerCase() + " ");

        HttpResponse<String> refused = post(ALPINE_API_KEY, second);

        JsonNode problem = problem(refused, 409);
        assertEquals(List.of("customerNumber"), errorFields(problem));
        assertEquals(0, list("?name=" + encode("Second " + token)).get("totalItems").asLong());
        // The refused company and its contact person were rolled back too: the e-mail address is still free.
        second.put("customerNumber", token + "-other");
        assertEquals(201, post(ALPINE_API_KEY, second).statusCode());
    }

    @Test
    void emailOfAnExistingCustomerCompanyIsRefusedWith409PointingToIt() throws Exception {
        JsonNode existing = addCustomer(BALTIC_API_KEY, customer("Existing " + token, "e"));
        ObjectNode again = customer("Again " + token, "x");
        again.put("email", existing.get("email").asText().toUpperCase());

        JsonNode problem = problem(post(ALPINE_API_KEY, again), 409);

        assertEquals(existing.get("companyId").asText(), problem.get("existingCompanyId").asText());
    }

    @Test
    void invalidCustomerIsRefusedWith400NamingEachField() throws Exception {
        ObjectNode input = JSON.createObjectNode().put("email", "not-an-email").put("customerNumber", token);

        JsonNode problem = problem(post(ALPINE_API_KEY, input), 400);

        assertEquals(List.of("companyName", "email"), errorFields(problem));
        assertEquals(0, list("?customerNumber=" + token).get("totalItems").asLong());
    }

    @Test
    void malformedJsonIsRefusedWith400() throws Exception {
        HttpResponse<String> response = sendText("POST", CUSTOMERS, ALPINE_API_KEY, "application/json", "{\"companyName\": ");

        problem(response, 400);
    }

    @Test
    void aMissingBodyIsRefusedWith400NamingTheBody() throws Exception {
        JsonNode problem = problem(sendText("POST", CUSTOMERS, ALPINE_API_KEY, "application/json", "null"), 400);

        assertEquals(List.of("body"), errorFields(problem));
        long id = addCustomer(ALPINE_API_KEY, customer("Unpatched " + token, "u")).get("id").asLong();
        assertEquals(List.of("body"), errorFields(problem(sendText("PATCH", CUSTOMERS + "/" + id, ALPINE_API_KEY,
                "application/merge-patch+json", "null"), 400)));
    }

    @Test
    void anotherVendorsCustomerIsNotFound() throws Exception {
        long alpineCustomer = addCustomer(ALPINE_API_KEY, customer("Private " + token, "p")).get("id").asLong();

        problem(apiGet(CUSTOMERS + "/" + alpineCustomer, BALTIC_API_KEY), 404);
        assertEquals(200, apiGet(CUSTOMERS + "/" + alpineCustomer, ALPINE_API_KEY).statusCode());
    }

    @Test
    void unknownCustomerIsNotFound() throws Exception {
        problem(apiGet(CUSTOMERS + "/" + Long.MAX_VALUE, ALPINE_API_KEY), 404);
    }

    @Test
    void openApiDocumentDescribesTheCustomersApi() throws Exception {
        HttpResponse<String> response = SystemTestServer.get("/openapi");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/customers"), response.body());
        assertTrue(response.body().contains("/api/v1/customers/{id}/delivery-locations"), "delivery locations are published");
        assertTrue(response.body().contains("#/components/responses/Unauthorized"), "operations name the shared 401");
        assertTrue(response.body().contains("Send the vendor's API key"), "the shared 401 carries its example");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private ObjectNode customer(String companyName, String variant) {
        return JSON.createObjectNode()
                .put("companyName", companyName)
                .put("email", token + "-" + variant + "@system-test.example")
                .put("customerNumber", token + "-" + variant)
                .put("sendInvitation", false);
    }

    private static JsonNode list(String query) {
        return apiGetOk(CUSTOMERS + query, ALPINE_API_KEY);
    }

    private static HttpResponse<String> post(String key, JsonNode body) {
        return sendJson("POST", CUSTOMERS, key, body);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("companyName").asText()));
        return names;
    }
}
