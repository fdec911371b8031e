package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.addCustomer;
import static com.clientbook.system.SystemTestServer.apiGet;
import static com.clientbook.system.SystemTestServer.apiGetOk;
import static com.clientbook.system.SystemTestServer.baseUrl;
import static com.clientbook.system.SystemTestServer.encode;
import static com.clientbook.system.SystemTestServer.errorFields;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.problem;
import static com.clientbook.system.SystemTestServer.sendJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Company search and linking through the API, against the EAR on Payara Server in demo mode: Alpine adds a
 * customer company, Baltic finds it (seeing only where it is) and links it. Names carry a token of each test.
 */
class CustomerLinksApiIT {

    private static final String LINKS = CUSTOMERS + "/links";
    private static final String COMPANIES = "/api/v1/companies";

    private final String token = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void searchFindsATypoedNameOrTheExactEmailAndShowsOnlyAHandleAndWhereItIs() throws Exception {
        JsonNode added = addAtAlpine("Restaurant Adler " + token + " GmbH", "a");

        JsonNode byName = search("?name=" + encode("Restaurnt Adler " + token), DemoData.BALTIC_API_KEY);
        JsonNode byEmail = search("?email=" + encode(added.get("email").asText().toUpperCase()), DemoData.BALTIC_API_KEY);

        JsonNode hit = byName.get("items").get(0);
        assertFalse(hit.get("handle").asText().isBlank(), hit.toString());
        assertFalse(hit.get("yourCustomer").asBoolean(), "Baltic does not have it yet");
        assertFalse(hit.get("hasPeople").asBoolean(), "nobody of it has signed up");
        assertEquals("Restaurant Adler " + token + " GmbH", hit.get("name").asText());
        assertEquals("6020", hit.get("postalCode").asText());
        assertEquals("Innsbruck", hit.get("city").asText());
        assertEquals(1, byEmail.get("items").size(), byEmail.toString());
        for (JsonNode item : concat(byName.get("items"), byEmail.get("items"))) {
            assertEquals(Set.of("handle", "handleExpiresAt", "name", "street", "postalCode", "city", "hasPeople",
                    "yourCustomer", "yourCustomerNumber"), fieldNames(item), item.toString());
            assertFalse(item.has("email") || item.has("phone") || item.has("customerNumber"), item.toString());
        }
    }

    @Test
    void searchNeedsExactlyOneOfEmailAndName() throws Exception {
        problem(apiGet(COMPANIES, DemoData.ALPINE_API_KEY), 400);
        problem(apiGet(COMPANIES + "?email=a%40b.example&name=Adler", DemoData.ALPINE_API_KEY), 400);
        assertEquals(List.of("name"), errorFields(problem(apiGet(COMPANIES + "?name=ab", DemoData.ALPINE_API_KEY), 400)));
        problem(apiGet(COMPANIES + "?name=Adler", "cb_" + token), 401);
    }

    @Test
    void anotherVendorLinksTheCompanyButCannotReadTheFirstVendorsCustomer() throws Exception {
        JsonNode atAlpine = addAtAlpine("Hotel Linde " + token, "l");

        HttpResponse<String> linked = link(DemoData.BALTIC_API_KEY, atAlpine, token + "-B");

        assertEquals(201, linked.statusCode(), linked.body());
        JsonNode customer = json(linked);
        long id = customer.get("id").asLong();
        assertEquals(baseUrl() + CUSTOMERS + "/" + id, linked.headers().firstValue("Location").orElseThrow());
        assertEquals(atAlpine.get("companyId").asText(), customer.get("companyId").asText());
        assertEquals(token + "-B", customer.get("customerNumber").asText());
        assertEquals("Hotel Linde " + token, customer.get("companyName").asText());
        HttpResponse<String> read = apiGet(CUSTOMERS + "/" + id, DemoData.BALTIC_API_KEY);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(customer, json(read), "the link answers what a later read answers");
        problem(apiGet(CUSTOMERS + "/" + atAlpine.get("id").asLong(), DemoData.BALTIC_API_KEY), 404);
        assertEquals(atAlpine.get("customerNumber").asText(),
                json(apiGet(CUSTOMERS + "/" + atAlpine.get("id").asLong(), DemoData.ALPINE_API_KEY))
                        .get("customerNumber").asText(), "Alpine's relationship keeps its own number");
    }

    @Test
    void linkingTwiceIsRefusedWith409() throws Exception {
        JsonNode company = addAtAlpine("Gasthaus Krone " + token, "k");
        assertEquals(201, link(DemoData.BALTIC_API_KEY, company, null).statusCode());

        JsonNode again = problem(link(DemoData.BALTIC_API_KEY, company, null), 409);
        JsonNode own = problem(link(DemoData.ALPINE_API_KEY, company, null), 409);

        assertTrue(again.get("detail").asText().contains("already your customer"), again.toString());
        assertTrue(own.get("detail").asText().contains("already your customer"), own.toString());
        JsonNode hit = search("?email=" + encode(company.get("email").asText()), DemoData.ALPINE_API_KEY).get("items").get(0);
        assertTrue(hit.get("yourCustomer").asBoolean(), hit.toString());
        assertEquals(token + "-k", hit.get("yourCustomerNumber").asText(), "the hit names the vendor's own number");
    }

    @Test
    void aTakenCustomerNumberIsRefusedWith409NamingItsCustomer() throws Exception {
        JsonNode holder = addAtAlpine("Bistro Post " + token, "h");
        JsonNode otherCompany = addAtAlpineAsBaltic("Kantine Sonne " + token);

        JsonNode refused = problem(link(DemoData.ALPINE_API_KEY, otherCompany, " " + holder.get("customerNumber").asText().toUpperCase()), 409);

        assertEquals(List.of("customerNumber"), errorFields(refused));
        assertTrue(refused.get("detail").asText().contains("Bistro Post " + token), refused.toString());
    }

    @Test
    void aVendorCompanyAndAnUnknownAddressAreNotFound() throws Exception {
        problem(sendJson("POST", LINKS, DemoData.ALPINE_API_KEY, JSON.createObjectNode().put("email", vendorEmail(DemoData.BALTIC))), 404);
        problem(sendJson("POST", LINKS, DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("email", "nobody-" + token + "@link-test.example")), 404);
        assertTrue(search("?name=" + encode(DemoData.BALTIC), DemoData.ALPINE_API_KEY).get("items").isEmpty(),
                "vendors are never found");
    }

    @Test
    void aLinkWithoutHandleOrWithAnOverlongNumberIsRefusedWith400() throws Exception {
        JsonNode companyId = addAtAlpineAsBaltic("Mensa Hirsch " + token);

        assertEquals(Set.of("handle", "email"), Set.copyOf(errorFields(problem(sendJson("POST", LINKS, DemoData.ALPINE_API_KEY,
                JSON.createObjectNode().put("customerNumber", token)), 400))));
        assertEquals(List.of("customerNumber"), errorFields(problem(link(DemoData.ALPINE_API_KEY, companyId, "9".repeat(300)), 400)));
        assertEquals(201, link(DemoData.ALPINE_API_KEY, companyId, null).statusCode(), "the refusals wrote nothing");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private JsonNode addAtAlpine(String companyName, String variant) {
        return addCustomer(DemoData.ALPINE_API_KEY, JSON.createObjectNode()
                .put("companyName", companyName)
                .put("email", token + "-" + variant + "@link-test.example")
                .put("phone", "+43 512 987654")
                .put("postalCode", "6020")
                .put("city", "Innsbruck")
                .put("customerNumber", token + "-" + variant)
                .put("sendInvitation", false));
    }

    /** A customer company that only Baltic supplies, so that Alpine can link it. */
    private JsonNode addAtAlpineAsBaltic(String companyName) {
        return addCustomer(DemoData.BALTIC_API_KEY, JSON.createObjectNode()
                .put("companyName", companyName)
                .put("email", token + "-" + UUID.randomUUID().toString().substring(0, 6) + "@link-test.example")
                .put("sendInvitation", false));
    }

    /** Links the company as a vendor does: by the handle of its own search hit for the company's e-mail address. */
    private static HttpResponse<String> link(String key, JsonNode company, String customerNumber) {
        JsonNode hits = search("?email=" + encode(company.get("email").asText()), key).get("items");
        assertEquals(1, hits.size(), hits.toString());
        ObjectNode body = JSON.createObjectNode().put("handle", hits.get(0).get("handle").asText());
        if (customerNumber != null) {
            body.put("customerNumber", customerNumber);
        }
        return sendJson("POST", LINKS, key, body);
    }

    private static JsonNode search(String query, String key) {
        return apiGetOk(COMPANIES + query, key);
    }

    /** No API tells a vendor company's e-mail address to another vendor; the system-test server's database does. */
    private static String vendorEmail(String name) throws SQLException {
        try (Connection connection = SystemTestServer.database();
             PreparedStatement select = connection.prepareStatement("select coalesce(email, '') from company where kind = 'VENDOR' and name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the demo vendor " + name);
                return row.getString(1);
            }
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }
}
