package com.clientbook.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter's rules on a document shaped as Payara's scanner shapes it (the model here is SmallRye's implementation
 * of the same MicroProfile OpenAPI 3.1 interfaces). The served document itself is checked by the ear module's
 * OpenApiDocumentIT and the validators (docs/api-contract.md).
 */
class ApiDocumentFilterTest {

    private static final String BY_NUMBER = "/api/v1/customers/by-number/{customerNumber: .+}";
    private static final String BY_ID = "/api/v1/customers/{id}";

    @Test
    void pathRegexIsLeftOutAndPathParametersAreRequired() {
        OpenAPI document = filtered(scanned());

        assertTrue(document.getPaths().hasPathItem("/api/v1/customers/by-number/{customerNumber}"),
                document.getPaths().getPathItems().keySet().toString());
        assertTrue(!document.getPaths().hasPathItem(BY_NUMBER));
        Parameter number = get(document, "/api/v1/customers/by-number/{customerNumber}").getParameters().get(0);
        assertEquals(Boolean.TRUE, number.getRequired());
    }

    @Test
    void idsAreInt64IntegersTimesAndEnumsAreStrings() {
        OpenAPI document = filtered(scanned());

        Schema idParameter = get(document, BY_ID).getParameters().get(0).getSchema();
        assertEquals(SchemaType.INTEGER, idParameter.getType());
        assertEquals("int64", idParameter.getFormat());
        Schema customer = document.getComponents().getSchemas().get("Customer");
        assertEquals(SchemaType.INTEGER, customer.getProperties().get("id").getType());
        assertEquals(SchemaType.STRING, customer.getProperties().get("createdAt").getType());
        assertEquals("date-time", customer.getProperties().get("createdAt").getFormat());
        assertEquals(SchemaType.STRING, customer.getProperties().get("status").getType());
    }

    @Test
    void unsetSchemaMembersAreLeftOut() {
        OpenAPI document = filtered(scanned());

        Schema id = document.getComponents().getSchemas().get("Customer").getProperties().get("id");
        assertNull(id.getMaxProperties(), "maxProperties: 0 would allow no property at all");
        assertNull(id.getMinProperties());
        assertNull(id.getExclusiveMaximum());
        assertNull(id.getUniqueItems());
        assertNull(id.getNullable());
    }

    @Test
    void inlineCopiesOfComponentsBecomeReferencesAndUnusedComponentsGo() {
        OpenAPI document = filtered(scanned());

        Schema answer = get(document, BY_ID).getResponses().getAPIResponse("200").getContent()
                .getMediaType("application/json").getSchema();
        assertEquals("#/components/schemas/Customer", answer.getRef());
        assertEquals(List.of("Customer"), List.copyOf(document.getComponents().getSchemas().keySet()));
    }

    @Test
    void theServerIsTheServingOneAndTagsAreListedOnce() {
        OpenAPI document = filtered(scanned());

        assertEquals(1, document.getServers().size());
        assertEquals("/", document.getServers().get(0).getUrl());
        assertEquals(1, document.getTags().size());
    }

    private static OpenAPI filtered(OpenAPI document) {
        new ApiDocumentFilter().filterOpenAPI(document);
        return document;
    }

    private static Operation get(OpenAPI document, String path) {
        return document.getPaths().getPathItem(path).getGET();
    }

    /** A small document with the scanner's habits: defaults everywhere, long as number, inline copies, a regex. */
    private static OpenAPI scanned() {
        return OASFactory.createOpenAPI()
                .addServer(OASFactory.createServer().url("http://localhost:8080/"))
                .addTag(OASFactory.createTag().name("Customers").description("The vendor's customers"))
                .addTag(OASFactory.createTag().name("Customers").description("The vendor's customers"))
                .components(OASFactory.createComponents()
                        .addSchema("Customer", customer())
                        .addSchema("Unused", OASFactory.createSchema().type(SchemaType.OBJECT)
                                .addProperty("x", OASFactory.createSchema().type(SchemaType.STRING))))
                .paths(OASFactory.createPaths()
                        .addPathItem(BY_ID, OASFactory.createPathItem().GET(OASFactory.createOperation()
                                .operationId("getCustomer")
                                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(false)
                                        .schema(OASFactory.createSchema().type(SchemaType.NUMBER)))
                                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                                        OASFactory.createAPIResponse().description("The customer")
                                                .content(OASFactory.createContent().addMediaType("application/json",
                                                        OASFactory.createMediaType().schema(customer())))))))
                        .addPathItem(BY_NUMBER, OASFactory.createPathItem().GET(OASFactory.createOperation()
                                .operationId("getCustomerByNumber")
                                .addParameter(OASFactory.createParameter().name("customerNumber").in(Parameter.In.PATH)
                                        .required(false).schema(OASFactory.createSchema().type(SchemaType.STRING)))
                                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                                        OASFactory.createAPIResponse().description("The customer"))))));
    }

    private static Schema customer() {
        return withDefaults(OASFactory.createSchema().type(SchemaType.OBJECT).description("A customer"))
                .addProperty("id", withDefaults(OASFactory.createSchema().type(SchemaType.NUMBER).format("int64")))
                .addProperty("createdAt", withDefaults(OASFactory.createSchema().type(SchemaType.OBJECT).format("date-time")))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.OBJECT)
                        .enumeration(List.of("PROSPECT", "REGISTERED")));
    }

    private static Schema withDefaults(Schema schema) {
        return schema.maxProperties(0).minProperties(0).minLength(0).exclusiveMaximum(false).exclusiveMinimum(false)
                .uniqueItems(false).nullable(false).readOnly(false).writeOnly(false).deprecated(false);
    }
}
