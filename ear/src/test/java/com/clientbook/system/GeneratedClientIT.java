package com.clientbook.system;

import com.clientbook.system.client.ApiClient;
import com.clientbook.system.client.ApiException;
import com.clientbook.system.client.ApiResponse;
import com.clientbook.system.client.api.CustomersApi;
import com.clientbook.system.client.model.Customer;
import com.clientbook.system.client.model.CustomerPage;
import com.clientbook.system.client.model.CustomerPatch;
import com.clientbook.system.client.model.FieldProblem;
import com.clientbook.system.client.model.NewCustomer;
import com.clientbook.system.client.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.clientbook.services.demo.DemoData.ALPINE_API_KEY;
import static com.clientbook.services.demo.DemoData.BALTIC_API_KEY;
import static com.clientbook.system.SystemTestServer.baseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customers API through a client that openapi-generator makes from the committed docs/api/openapi.yaml (Java,
 * native HTTP client; built in generate-test-sources, see ear/pom.xml), as an ERP team would use it. If the contract
 * and the server disagree — a path, a parameter, a type, a header — these calls fail.
 * <p>
 * The native library does not implement the document's security schemes at all (no ApiClient#setBearerToken), so the
 * key goes in through the client's request interceptor, as docs/api-contract.md tells integrators.
 */
class GeneratedClientIT {

    private final String token = "gc" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private final CustomersApi alpine = customersApi(ALPINE_API_KEY);

    @Test
    void listFiltersSortsAndPagesTheVendorsCustomers() throws ApiException {
        add(alpine, token + " Charlie", "c");
        add(alpine, token + " alpha", "a");
        add(alpine, token + " Bravo", "b");
        add(customersApi(BALTIC_API_KEY), token + " Baltic", "x");

        CustomerPage first = alpine.listCustomers(0, 2, "companyName,asc", token, null, null, null, null, null, null,
                null, "false", null, null, null);
        CustomerPage second = alpine.listCustomers(1, 2, "companyName,asc", token, null, null, null, null, null, null,
                null, "false", null, null, null);
        CustomerPage afterFirst = alpine.listCustomers(null, 2, "companyName,asc", token, null, null, null, null, null,
                null, null, "false", null, null, first.getNextCursor());

        assertEquals(3L, first.getTotalItems(), "only the calling vendor's customers count");
        assertEquals(List.of(token + " alpha", token + " Bravo"), names(first));
        assertEquals(List.of(token + " Charlie"), names(second));
        assertEquals(names(second), names(afterFirst), "the cursor's page is the next page");
        assertEquals(Customer.StatusEnum.PROSPECT, first.getItems().get(0).getStatus());
    }

    @Test
    void createWithAnIdempotencyKeyAnswers201WithLocationAndETagAndReplaysTheSameCustomer() throws ApiException {
        String key = UUID.randomUUID().toString();
        NewCustomer customer = newCustomer(token + " Idempotent", "i");

        ApiResponse<Customer> created = alpine.addCustomerWithHttpInfo(customer, key);
        ApiResponse<Customer> replayed = alpine.addCustomerWithHttpInfo(customer, key);

        assertEquals(201, created.getStatusCode());
        long id = created.getData().getId();
        assertTrue(header(created.getHeaders(), "Location").endsWith("/api/v1/customers/" + id),
                header(created.getHeaders(), "Location"));
        String etag = header(created.getHeaders(), "ETag");
        assertNotNull(etag, "the first answer carries the new customer's version");
        assertEquals(etag, header(alpine.getCustomerWithHttpInfo(id, null).getHeaders(), "ETag"));
        assertNull(header(created.getHeaders(), "Idempotent-Replayed"));

        assertEquals(201, replayed.getStatusCode());
        assertEquals(id, replayed.getData().getId(), "the same customer, not a second one");
        assertEquals("true", header(replayed.getHeaders(), "Idempotent-Replayed"));
    }

    @Test
    void getAnswersTheCustomerWithItsETagAndPatchWithIfMatchChangesIt() throws ApiException {
        long id = add(alpine, token + " Patched", "p").getId();
        ApiResponse<Customer> read = alpine.getCustomerWithHttpInfo(id, null);
        String etag = header(read.getHeaders(), "ETag");

        ApiResponse<Customer> changed = alpine.changeCustomerWithHttpInfo(id,
                new CustomerPatch().customerNumber(token + "-new").labels(List.of("north")), etag);

        assertEquals(token + " Patched", read.getData().getCompanyName());
        assertEquals(200, changed.getStatusCode());
        assertEquals(token + "-new", changed.getData().getCustomerNumber());
        assertEquals(List.of("north"), changed.getData().getLabels());
        String newEtag = header(changed.getHeaders(), "ETag");
        assertNotNull(newEtag);
        assertTrue(!newEtag.equals(etag), "a change makes a new version");

        ApiException stale = assertThrows(ApiException.class, () -> alpine.changeCustomer(id,
                new CustomerPatch().customerNumber(token + "-stale"), etag));
        assertEquals(412, stale.getCode());
        assertEquals(412, problem(stale).getStatus());
    }

    @Test
    void lookupByNumberFindsANumberWithASlash() throws ApiException {
        NewCustomer customer = newCustomer(token + " Slash", "s").customerNumber("A/17-" + token);
        long id = alpine.addCustomer(customer, null).getId();

        Customer found = alpine.getCustomerByNumber("A/17-" + token);

        assertEquals(id, found.getId());
    }

    @Test
    void notFoundAndInvalidInputAreReadAsTypedProblems() throws ApiException {
        long othersCustomer = add(customersApi(BALTIC_API_KEY), token + " Baltic only", "b").getId();

        ApiException notFound = assertThrows(ApiException.class, () -> alpine.getCustomer(Long.MAX_VALUE, null));
        ApiException othersNotFound = assertThrows(ApiException.class, () -> alpine.getCustomer(othersCustomer, null));
        ApiException invalid = assertThrows(ApiException.class,
                () -> alpine.addCustomer(new NewCustomer().companyName(token + " Invalid").email("not-an-address")
                        .sendInvitation(false), null));

        assertEquals(404, notFound.getCode());
        Problem problem = problem(notFound);
        assertEquals(404, problem.getStatus());
        assertNotNull(problem.getTitle());
        assertEquals(404, problem(othersNotFound).getStatus(), "another vendor's customer is not found, too");
        assertEquals(400, invalid.getCode());
        Problem badRequest = problem(invalid);
        assertEquals(400, badRequest.getStatus());
        assertEquals(List.of("email"), badRequest.getErrors().stream().map(FieldProblem::getField).toList());
    }

    /** The client as an integrator sets it up: the server's address and the vendor's API key on every request. */
    static CustomersApi customersApi(String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + apiKey));
        return new CustomersApi(client);
    }

    private Customer add(CustomersApi api, String companyName, String variant) throws ApiException {
        return api.addCustomer(newCustomer(companyName, variant), null);
    }

    private NewCustomer newCustomer(String companyName, String variant) {
        return new NewCustomer().companyName(companyName).email(token + "-" + variant + "@system-test.example")
                .customerNumber(token + "-" + variant).sendInvitation(false);
    }

    private static Problem problem(ApiException e) {
        try {
            return new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (java.io.IOException io) {
            throw new AssertionError("not a problem document: " + e.getResponseBody(), io);
        }
    }

    private static List<String> names(CustomerPage page) {
        return page.getItems().stream().map(Customer::getCompanyName).toList();
    }

    /** A header of an answer; the client keeps the names as the server sent them, so compare ignoring case. */
    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
    }
}
