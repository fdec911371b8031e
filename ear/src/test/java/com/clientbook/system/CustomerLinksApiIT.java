package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Company search and linking through the API, against the EAR on Payara Server in demo mode: Alpine adds a
 * customer company, Baltic finds it (seeing only where it is) and links it. Names carry a token of each test.
 */
class CustomerLinksApiIT {

    private static final String BASE_URL = System.getProperty("clientbook.baseUrl", "http://localhost:18080")
            .replaceAll("/+$", "");
    private static final String CUSTOMERS = BASE_URL + "/api/v1/customers";
    private static final String LINKS = CUSTOMERS + "/links";
    private static final String COMPANIES = BASE_URL + "/api/v1/companies";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String token = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void searchFindsATypoedNameOrTheExactEmailAndShowsOnlyIdNamePostalCodeAndCity() throws Exception {
        JsonNode added = addAtAlpine("Restaurant Adler " + token + " GmbH", "a");

        JsonNode byName = search("?name=" + encode("Restaurnt Adler " + token), DemoData.BALTIC_API_KEY);
        JsonNode byEmail = search("?email=" + encode(added.get("email").asText().toUpperCase()), DemoData.BALTIC_API_KEY);

        JsonNode hit = byName.get("items").get(0);
        assertEquals(added.get("companyId").asLong(), hit.get("id").asLong());
        assertEquals("Restaurant Adler " + token + " GmbH", hit.get("name").asText());
        assertEquals("6020", hit.get("postalCode").asText());
        assertEquals("Innsbruck", hit.get("city").asText());
        assertEquals(1, byEmail.get("items").size(), byEmail.toString());
        for (JsonNode item : concat(byName.get("items"), byEmail.get("items"))) {
            assertEquals(Set.of("id", "name", "postalCode", "city"), fieldNames(item), item.toString());
            assertFalse(item.has("email") || item.has("phone") || item.has("customerNumber"), item.toString());
        }
    }

    @Test
    void searchNeedsExactlyOneOfEmailAndName() throws Exception {
        problem(get(COMPANIES, DemoData.ALPINE_API_KEY), 400);
        problem(get(COMPANIES + "?email=a%40b.example&name=Adler", DemoData.ALPINE_API_KEY), 400);
        assertEquals(List.of("name"), fields(problem(get(COMPANIES + "?name=ab", DemoData.ALPINE_API_KEY), 400)));
        problem(get(COMPANIES + "?name=Adler", "cb_" + token), 401);
    }

    @Test
    void anotherVendorLinksTheCompanyButCannotReadTheFirstVendorsCustomer() throws Exception {
        JsonNode atAlpine = addAtAlpine("Hotel Linde " + token, "l");

        HttpResponse<String> linked = link(DemoData.BALTIC_API_KEY, atAlpine.get("companyId").asLong(), token + "-B");

        assertEquals(201, linked.statusCode(), linked.body());
        JsonNode customer = json.readTree(linked.body());
        long id = customer.get("id").asLong();
        assertEquals(CUSTOMERS + "/" + id, linked.headers().firstValue("Location").orElseThrow());
        assertEquals(atAlpine.get("companyId").asLong(), customer.get("companyId").asLong());
        assertEquals(token + "-B", customer.get("customerNumber").asText());
        assertEquals("Hotel Linde " + token, customer.get("companyName").asText());
        HttpResponse<String> read = get(CUSTOMERS + "/" + id, DemoData.BALTIC_API_KEY);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(customer, json.readTree(read.body()), "the link answers what a later read answers");
        problem(get(CUSTOMERS + "/" + atAlpine.get("id").asLong(), DemoData.BALTIC_API_KEY), 404);
        assertEquals(atAlpine.get("customerNumber").asText(),
                json.readTree(get(CUSTOMERS + "/" + atAlpine.get("id").asLong(), DemoData.ALPINE_API_KEY).body())
                        .get("customerNumber").asText(), "Alpine's relationship keeps its own number");
    }

    @Test
    void linkingTwiceIsRefusedWith409() throws Exception {
        long companyId = addAtAlpine("Gasthaus Krone " + token, "k").get("companyId").asLong();
        assertEquals(201, link(DemoData.BALTIC_API_KEY, companyId, null).statusCode());

        JsonNode again = problem(link(DemoData.BALTIC_API_KEY, companyId, null), 409);
        JsonNode own = problem(link(DemoData.ALPINE_API_KEY, companyId, null), 409);

        assertEquals(List.of("companyId"), fields(again));
        assertTrue(own.get("detail").asText().contains("already your customer"), own.toString());
    }

    @Test
    void aTakenCustomerNumberIsRefusedWith409NamingItsCustomer() throws Exception {
        JsonNode holder = addAtAlpine("Bistro Post " + token, "h");
        long otherCompany = addAtAlpineAsBaltic("Kantine Sonne " + token);

        JsonNode refused = problem(link(DemoData.ALPINE_API_KEY, otherCompany, " " + holder.get("customerNumber").asText().toUpperCase()), 409);

        assertEquals(List.of("customerNumber"), fields(refused));
        assertTrue(refused.get("detail").asText().contains("Bistro Post " + token), refused.toString());
    }

    @Test
    void aVendorCompanyIsRefusedWith422AndAnUnknownOneWith404() throws Exception {
        JsonNode refused = problem(link(DemoData.ALPINE_API_KEY, vendorCompanyId(DemoData.BALTIC), null), 422);

        assertTrue(refused.get("detail").asText().contains("not a customer company"), refused.toString());
        problem(link(DemoData.ALPINE_API_KEY, Long.MAX_VALUE, null), 404);
    }

    @Test
    void aLinkWithoutCompanyIdOrWithAnOverlongNumberIsRefusedWith400() throws Exception {
        long companyId = addAtAlpineAsBaltic("Mensa Hirsch " + token);

        assertEquals(List.of("companyId"), fields(problem(post(LINKS, DemoData.ALPINE_API_KEY,
                json.createObjectNode().put("customerNumber", token)), 400)));
        assertEquals(List.of("customerNumber"), fields(problem(link(DemoData.ALPINE_API_KEY, companyId, "9".repeat(300)), 400)));
        assertEquals(201, link(DemoData.ALPINE_API_KEY, companyId, null).statusCode(), "the refusals wrote nothing");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private JsonNode addAtAlpine(String companyName, String variant) throws IOException, InterruptedException {
        ObjectNode input = json.createObjectNode()
                .put("companyName", companyName)
                .put("email", token + "-" + variant + "@link-test.example")
                .put("phone", "+43 512 987654")
                .put("postalCode", "6020")
                .put("city", "Innsbruck")
                .put("customerNumber", token + "-" + variant)
                .put("sendInvitation", false);
        HttpResponse<String> response = post(CUSTOMERS, DemoData.ALPINE_API_KEY, input);
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    /** A customer company that only Baltic supplies, so that Alpine can link it. */
    private long addAtAlpineAsBaltic(String companyName) throws IOException, InterruptedException {
        ObjectNode input = json.createObjectNode()
                .put("companyName", companyName)
                .put("email", token + "-" + UUID.randomUUID().toString().substring(0, 6) + "@link-test.example")
                .put("sendInvitation", false);
        HttpResponse<String> response = post(CUSTOMERS, DemoData.BALTIC_API_KEY, input);
        assertEquals(201, response.statusCode(), response.body());
        return json.readTree(response.body()).get("companyId").asLong();
    }

    private HttpResponse<String> link(String key, long companyId, String customerNumber) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("companyId", companyId);
        if (customerNumber != null) {
            body.put("customerNumber", customerNumber);
        }
        return post(LINKS, key, body);
    }

    private JsonNode search(String query, String key) throws IOException, InterruptedException {
        HttpResponse<String> response = get(COMPANIES + query, key);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    /** No API tells a vendor company's id (on purpose); the system-test server's database does. */
    private static long vendorCompanyId(String name) throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("test.db.host", "127.0.0.1") + ":"
                     + System.getProperty("test.db.port", "5432") + "/clientbook_it_system";
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""));
             PreparedStatement select = connection.prepareStatement("select id from company where kind = 'VENDOR' and name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the demo vendor " + name);
                return row.getLong(1);
            }
        }
    }

    private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .header("Accept", "application/json").GET());
    }

    private HttpResponse<String> post(String url, String key, JsonNode body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_JSON), response.headers().map().toString());
        JsonNode problem = json.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields.stream().sorted().toList();
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
