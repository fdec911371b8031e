package com.clientbook.web.api.product;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.product.ProductInput;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.product.ProductView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.IdempotentCreation;
import com.clientbook.web.api.QueryParameters;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor's products. Every product of another vendor answers 404. Changes honour If-Match (412 when the product
 * changed since); creating honours Idempotency-Key. Refusals: bad fields 400 (each named), a taken article number 409,
 * a price without currency or a currency without price 422.
 */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The articles the calling vendor sells, which its customers order")
public class ProductsResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not found", "status": 404, "detail": "Product 4711 was not found."}""";
    static final String PRICE_WITHOUT_CURRENCY = """
            {"type": "urn:clientbook:problem:product.priceWithoutCurrency", "title": "Refused by a business rule",
             "status": 422, "detail": "A price needs its currency, such as EUR."}""";

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final String ARTICLE_NUMBER = "articleNumber";
    private static final String NAME = "name";
    private static final String UNIT = "unit";
    private static final String PACK_SIZE = "packSize";
    private static final String PRICE = "price";
    private static final String CURRENCY = "currency";
    private static final String LABEL = "restrictedToLabel";
    private static final String ACTIVE = "active";

    @Inject
    ProductService products;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listProducts", summary = "List the vendor's products",
            description = "One page of the products by name; q filters by article number or name, active by whether "
                    + "they can be ordered. Paged as every list: {items, page, size, totalItems}.")
    @APIResponse(responseCode = "200", description = "One page, with the total without paging",
            content = @Content(schema = @Schema(implementation = ProductPageJson.class)))
    @APIResponse(responseCode = "400", description = "page, size or active malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public ProductPageJson list(@Parameter(description = "Part of the article number or name, in any case") @QueryParam("q") String q,
                                @Parameter(description = "true: only active products; false: only inactive ones; absent: all",
                                        schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
                                @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                                @QueryParam("page") String page,
                                @Parameter(description = "Page size, 1 to 200; larger sizes are lowered to 200",
                                        schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                                @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size, DEFAULT_PAGE_SIZE);
        Boolean activeOnly = parameters.bool(ACTIVE, active);
        parameters.check();
        return ProductPageJson.of(products.page(caller.actor(), q, activeOnly, pageNumber, pageSize));
    }

    @POST
    @Operation(operationId = "createProduct", summary = "Create a product")
    @APIResponse(responseCode = "201", description = "Created; Location is the product's address",
            headers = {@Header(name = "Location", description = "The product's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The product's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field (a pack size of 0 or less, say)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another product of the vendor has the article number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A price without currency or a currency without price; or the "
            + "Idempotency-Key was used before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "priceWithoutCurrency", value = PRICE_WITHOUT_CURRENCY)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response create(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION)
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid ProductInputJson body, @Context UriInfo uri) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /products", body,
                uri.getAbsolutePathBuilder(), () -> {
                    ProductView product = products.create(actor, body.toInput());
                    return new IdempotentCreation.Created(product.id(), product.version(), ProductJson.of(product));
                });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "Read a product")
    @APIResponse(responseCode = "200", description = "The product",
            headers = @Header(name = "ETag", description = "The product's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "404", description = "No such product of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The product's id") @PathParam("id") long id) {
        return answer(products.get(caller.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceProduct", summary = "Describe a product anew",
            description = "Replaces all of it: price, currency and restrictedToLabel left out are cleared, active left "
                    + "out is true. Send the ETag you read as If-Match: when the product changed since, nothing is "
                    + "changed and the answer is 412.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The product's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another product of the vendor has the article number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A price without currency or a currency without price",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response replace(@Parameter(description = "The product's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ProductInputJson body) {
        return answer(products.change(caller.actor(), id, body.toInput(), EntityVersions.expectedVersion(ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "changeProduct", summary = "Change some of a product",
            description = "A merge patch: members left out stay; price, currency and restrictedToLabel given as null "
                    + "are cleared (price and currency go together). active: false deactivates, true reactivates. Send "
                    + "the ETag you read as If-Match (412 when the product changed since); without it the change "
                    + "applies to the version current now.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductPatchJson.class),
            examples = @ExampleObject(name = "newPrice", value = "{\"price\": 13.40, \"currency\": \"EUR\"}")))
    @APIResponse(responseCode = "200", description = "The product as it is now, with its new ETag",
            headers = @Header(name = "ETag", description = "The product's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProductJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another product of the vendor has the article number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A price without currency or a currency without price",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response change(@Parameter(description = "The product's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "Send the change as a JSON object.") @Valid JsonObject body) {
        Actor actor = caller.actor();
        Long expected = EntityVersions.expectedVersion(ifMatch);
        ProductView current = products.get(actor, id);
        ProductInput was = current.toInput();
        List<FieldError> errors = new ArrayList<>();
        ProductInput patched = new ProductInput(
                body.containsKey(ARTICLE_NUMBER) ? text(body, ARTICLE_NUMBER, errors) : was.articleNumber(),
                body.containsKey(NAME) ? text(body, NAME, errors) : was.name(),
                body.containsKey(UNIT) ? ProductInputJson.unit(text(body, UNIT, errors)) : was.unit(),
                body.containsKey(PACK_SIZE) ? number(body, PACK_SIZE, errors) : was.packSize(),
                body.containsKey(PRICE) ? number(body, PRICE, errors) : was.price(),
                body.containsKey(CURRENCY) ? text(body, CURRENCY, errors) : was.currency(),
                body.containsKey(LABEL) ? text(body, LABEL, errors) : was.restrictedToLabel(),
                body.containsKey(ACTIVE) ? flag(body, errors) : was.active());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return answer(products.change(actor, id, patched, expected == null ? current.version() : expected));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deactivateProduct", summary = "Deactivate a product",
            description = "Customers can no longer see or order it; it stays in the list (active: false) with its "
                    + "orders, and PATCH {\"active\": true} brings it back. Deactivating an inactive product is no "
                    + "error. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such product of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response deactivate(@Parameter(description = "The product's id") @PathParam("id") long id,
                               @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        products.deactivate(caller.actor(), id, EntityVersions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private static Response answer(ProductView product) {
        return Response.ok(ProductJson.of(product)).tag(versionOf(product)).build();
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field, "must be a string or null"));
        }
        return null;
    }

    private static BigDecimal number(JsonObject body, String field, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field, "must be a number or null"));
        }
        return null;
    }

    private static boolean flag(JsonObject body, List<FieldError> errors) {
        JsonValue value = body.get(ACTIVE);
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(new FieldError(ACTIVE, "must be true or false"));
        return true;
    }

    private static EntityTag versionOf(ProductView product) {
        return EntityVersions.tag(product.version());
    }
}
