package com.clientbook.web.api.customer;

import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.customer.CompanyCorrection;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerPatch;
import com.clientbook.services.customer.CustomerRead;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerSlice;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.IdempotentCreation;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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

import java.util.ArrayList;
import java.util.List;

import static com.clientbook.web.api.customer.CustomerExamples.COMPANY_CORRECTION;
import static com.clientbook.web.api.customer.CustomerExamples.COMPANY_DATA_OWNED;
import static com.clientbook.web.api.customer.CustomerExamples.CUSTOMER;
import static com.clientbook.web.api.customer.CustomerExamples.DUPLICATE;
import static com.clientbook.web.api.customer.CustomerExamples.HISTORY;
import static com.clientbook.web.api.customer.CustomerExamples.NUMBER_CHANGE;
import static com.clientbook.web.api.customer.CustomerExamples.NUMBER_TAKEN;
import static com.clientbook.web.api.customer.CustomerExamples.STALE;
import static com.clientbook.web.api.customer.CustomerExamples.INVALID;
import static com.clientbook.web.api.customer.CustomerExamples.INVALID_QUERY;
import static com.clientbook.web.api.customer.CustomerExamples.NEW_CUSTOMER;
import static com.clientbook.web.api.customer.CustomerExamples.NOT_FOUND;
import static com.clientbook.web.api.customer.CustomerExamples.PAGE;

/** The calling vendor's customers. Each method converts, calls the customer service once, and converts back. */
@Path("/customers")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "The companies the calling vendor supplies")
public class CustomersResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String CUSTOMER_NUMBER = "customerNumber";
    private static final String LABELS = "labels";

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService customerDetails;

    @Inject
    com.clientbook.services.customfield.CustomFieldService customFields;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    AccessRequestService accessRequests;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCustomers", summary = "List the vendor's customers",
            description = "One page of the calling vendor's customers, filtered and sorted. Filters are "
                    + "case-insensitive \"contains\" matches; blank ones are ignored. Custom fields (GET "
                    + "/custom-fields) filter as cf.<key>=value (equal; text and choices ignoring case; for CHOICES: "
                    + "has that option; YES_NO: true or false), cf.<key>.from= and cf.<key>.to= (NUMBER, DECIMAL, "
                    + "DATE; both ends included; 1234.5 and 2026-12-31) and cf.<key>.contains= (TEXT, LONG_TEXT); "
                    + "an unknown key, an operator the type has not or a wrong value is refused with 400 naming the "
                    + "parameter.")
    @APIResponse(responseCode = "200", description = "One page, with the total without paging",
            content = @Content(schema = @Schema(implementation = CustomerPageJson.class),
                    examples = @ExampleObject(name = "page", value = PAGE)))
    @APIResponse(responseCode = "400", description = "A paging or sort parameter is not valid; errors name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalidQuery", value = INVALID_QUERY)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "The route filter names no route of the vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerPageJson list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200; larger sizes are lowered to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(description = "Sort column and direction: " + CustomerListRequest.SORT_VALUES,
                    example = "companyName,asc", schema = @Schema(type = SchemaType.STRING, enumeration = {
                            "companyName", "companyName,asc", "companyName,desc", "customerNumber", "customerNumber,asc",
                            "customerNumber,desc", "city", "city,asc", "city,desc", "createdAt", "createdAt,asc",
                            "createdAt,desc"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Part of the company name") @QueryParam("name") String name,
            @Parameter(description = "Part of the vendor's customer number") @QueryParam("customerNumber") String customerNumber,
            @Parameter(description = "Part of the city") @QueryParam("city") String city,
            @Parameter(description = "Free text, found in the company name, customer number, e-mail address or city")
            @QueryParam("q") String q,
            @Parameter(description = "One label, matched exactly but ignoring case") @QueryParam("label") String label,
            @Parameter(description = "true: only customers without a customer number yet",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("noCustomerNumber") String noCustomerNumber,
            @Parameter(description = "REQUESTED, REJECTED, PROSPECT, INVITED (an invitation is pending), REGISTERED or HAS_ORDERED. REQUESTED (asked for "
                    + "access, not decided) and REJECTED list companies that are not customers yet, newest first, "
                    + "showing only name, postal code and city, with id null; name filters them, sort is ignored",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"REQUESTED", "REJECTED", "PROSPECT", "INVITED",
                            "REGISTERED", "HAS_ORDERED"}))
            @QueryParam("status") String status,
            @Parameter(description = "ISO-8601 instant: only customers changed at or after it, oldest change first "
                    + "(sorted by updatedAt, then id; sort is ignored). For ERP delta sync",
                    example = "2026-11-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "false (the default; all with updatedSince): customers without a ban in force; "
                    + "true: only banned ones; all: both",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"false", "true", "all"}))
            @QueryParam("banned") String banned,
            @Parameter(description = "A route id of the vendor (GET /routes): only customers with a delivery location "
                    + "on that route; none: only customers on none of the vendor's current routes. Another vendor's "
                    + "route id answers 404", example = "none", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("route") String route,
            @Parameter(description = "none: only customers without delivery days (no delivery location on an active "
                    + "route with a delivery weekday, nor with an enabled schedule of its own; the dashboard's count); "
                    + "some: only those with", example = "none", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"none", "some"}))
            @QueryParam("deliveryDays") String deliveryDays,
            @Parameter(description = "A nextCursor from the page before, with the same filters and sort: the page "
                    + "right after it, read as fast however deep in the list (keyset paging; page is then 0 or absent). "
                    + "For reading a whole list; page numbers are for people, and a deep page number is slow")
            @QueryParam("after") String after) {
        var request = new CustomerListRequest(page, size, sort, name, customerNumber, city, q, label, noCustomerNumber,
                status, updatedSince, banned, route, deliveryDays);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        CustomerQuery query = null;
        try {
            query = request.toQuery(); // checks every parameter, so that each one at fault is named
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        CustomerCursor cursor = CustomerListRequest.cursor(after, page, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CustomerStatus statusFilter = request.statusFilter();
        if (statusFilter != null && !statusFilter.isRelationship()) {
            if (cursor != null) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldError("after",
                        "is not offered with status " + statusFilter)));
            }
            return CustomerPageJson.ofRequests(accessRequests.listByCustomerStatus(caller.actor(), statusFilter, name,
                    query.page(), query.size()), statusFilter);
        }
        Actor actor = caller.actor();
        query = query.withCustomFields(customFields.filters(actor, customFieldParameters()));
        CustomerSlice found = customers.list(actor, query, cursor);
        return CustomerPageJson.of(found,
                customers.customFields(actor, found.page().items().stream().map(CustomerView::id).toList()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCustomer", summary = "Read one customer",
            description = "The ETag header carries the customer's version. Another vendor's customer is "
                    + "\"not found\", like one that does not exist.")
    @APIResponse(responseCode = "200", description = "The customer",
            headers = @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomerJson.class),
                    examples = @ExampleObject(name = "customer", value = CUSTOMER)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version given in If-None-Match",
            headers = @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The customer's id") @PathParam("id") long id,
                        @Parameter(description = "The ETag read before: while the customer is unchanged, the answer is "
                                + "304 without a body (read by evaluatePreconditions)")
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                        @Context Request request) {
        // the customer and its custom fields in one transaction (docs/benchmarks.md, issue 14's third round)
        CustomerRead read = customers.read(caller.actor(), id);
        EntityTag version = versionOf(read.customer());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(version);
        if (unchanged != null) {
            return unchanged.tag(version).build();
        }
        return Response.ok(CustomerJson.of(read.customer(), read.customFields())).tag(version).build();
    }

    @POST
    @Operation(operationId = "addCustomer", summary = "Add a customer",
            description = "Creates the customer company, its first contact person (without a password) and the "
                    + "relationship to the calling vendor, in one step. Unless sendInvitation is false, the "
                    + "contact is e-mailed a link to set a password. An e-mail address that belongs to an "
                    + "existing customer company is refused with 409 and existingCompanyId, to link that company "
                    + "instead of copying it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewCustomerJson.class),
            examples = @ExampleObject(name = "newCustomer", value = NEW_CUSTOMER)))
    @APIResponse(responseCode = "201", description = "Added; Location is the customer's address",
            headers = {@Header(name = "Location", description = "The customer's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = CustomerJson.class),
                    examples = @ExampleObject(name = "customer", value = CUSTOMER)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or fields that break their rules; errors name each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The customer number or e-mail address is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = DUPLICATE)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response add(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @NotNull(message = "Send the customer as a JSON object.") @Valid NewCustomerJson body) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /customers", body,
                uri.getAbsolutePathBuilder(), () -> created(customers.add(actor, body.toNewCustomer()), customers, actor));
    }

    @GET
    @Path("by-number/{customerNumber: .+}")
    @Operation(operationId = "getCustomerByNumber", summary = "Read the customer with a customer number",
            description = "The vendor's number is compared as its uniqueness is: trimmed and case-insensitively. "
                    + "URL-encode it as a path segment (a blank as %20, a slash as %2F or as it is). Answers as GET /customers/{id}, with ETag.")
    @APIResponse(responseCode = "200", description = "The customer",
            headers = @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomerJson.class),
                    examples = @ExampleObject(name = "customer", value = CUSTOMER)))
    @APIResponse(responseCode = "404", description = "No customer of the calling vendor has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response getByNumber(@Parameter(description = "The vendor's customer number, URL-encoded")
                                @PathParam("customerNumber") String customerNumber) {
        CustomerRead read = customers.readByCustomerNumber(caller.actor(), customerNumber);
        return Response.ok(CustomerJson.of(read.customer(), read.customFields())).tag(versionOf(read.customer())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "changeCustomer", summary = "Change a customer's number, labels, company data or custom fields",
            description = "A merge patch: customerNumber given as a string sets it (trimmed), given as null or blank "
                    + "clears it, left out leaves it. labels given as an array replaces all labels ([] or null "
                    + "removes them), left out leaves them. The company's data (companyName, email, phone, street, "
                    + "postalCode, city, country, contactFirstName, contactLastName) is the vendor's to correct only "
                    + "while the vendor created or imported the customer and nobody of the customer company has "
                    + "registered (status PROSPECT or INVITED); afterwards it is the customer's own, and a patch that "
                    + "names any of it is refused with 409 (type urn:clientbook:problem:customer.companyData.registered, "
                    + "or ...notCreated for a company the vendor linked) and changes nothing. customFields given as an "
                    + "object sets the fields it names (null clears one), left out leaves them; each change is in the "
                    + "history with old and new value. Send the ETag you read as "
                    + "If-Match: when the customer changed since, nothing is changed and the answer is 412. Without "
                    + "If-Match the change applies to whatever version is current (last writer wins); integrators "
                    + "should send it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CustomerPatchJson.class),
            examples = {@ExampleObject(name = "numberChange", value = NUMBER_CHANGE),
                    @ExampleObject(name = "companyCorrection", value = COMPANY_CORRECTION)}))
    @APIResponse(responseCode = "200", description = "The customer as it is now, with its new ETag",
            headers = @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomerJson.class),
                    examples = @ExampleObject(name = "customer", value = CUSTOMER)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or a customer number longer than 50 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another customer of the vendor has this number, or another "
            + "company or person this e-mail address; or the company's data is the customer's own (it registered, or the "
            + "vendor did not create it); detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "numberTaken", value = NUMBER_TAKEN),
                            @ExampleObject(name = "companyDataOwnedByCustomer", value = COMPANY_DATA_OWNED)}))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = STALE)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response change(@Parameter(description = "The customer's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "Send the change as a JSON object.") @Valid JsonObject body) {
        Long expectedVersion = EntityVersions.expectedVersion(ifMatch);
        CustomerPatch patch = CustomerPatch.nothing();
        if (body.containsKey(LABELS)) {
            patch = patch.withLabels(labelsOf(body));
        }
        if (body.containsKey(CUSTOMER_NUMBER)) {
            patch = patch.withCustomerNumber(customerNumberOf(body));
        }
        for (String field : CompanyCorrection.FIELDS) {
            if (body.containsKey(field)) {
                patch = patch.withCompanyValue(field, stringOf(body, field));
            }
        }
        if (body.containsKey(CustomFieldsJson.MEMBER)) {
            patch = patch.withCustomFields(CustomFieldsJson.wireValues(body));
        }
        CustomerView customer = customers.change(caller.actor(), id, patch, expectedVersion);
        return Response.ok(withCustomFields(customer)).tag(versionOf(customer)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "unlinkCustomer", summary = "Unlink a customer",
            description = "Ends the relationship: the customer leaves the vendor's list and its customer number is "
                    + "free again. The customer company, its people and the history stay, and the company can be "
                    + "linked again later. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "422", description = "The customer is banned: lift the ban first, or it would end with the link",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = STALE)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response unlink(@Parameter(description = "The customer's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        customers.unlink(caller.actor(), id, EntityVersions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getCustomerHistory", summary = "Read a customer's history",
            description = "Who changed what, with old and new value, newest first.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = HistoryJson.class),
                    examples = @ExampleObject(name = "history", value = HISTORY)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public HistoryJson history(@Parameter(description = "The customer's id") @PathParam("id") long id) {
        return HistoryJson.of(customerDetails.history(caller.actor(), id));
    }

    /** An array of strings replaces the labels, null or [] removes them; anything else is named at the field. */
    private static List<String> labelsOf(JsonObject body) {
        JsonValue value = body.get(LABELS);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof jakarta.json.JsonArray array
                && array.stream().allMatch(element -> element instanceof JsonString)) {
            return array.stream().map(element -> ((JsonString) element).getString()).toList();
        }
        throw new InvalidInputException(List.of(
                new InvalidInputException.FieldError(LABELS, "must be an array of strings, or null")));
    }

    /** A string sets the number, null clears it; anything else is the caller's mistake, named at the field. */
    private static String customerNumberOf(JsonObject body) {
        JsonValue value = body.get(CUSTOMER_NUMBER);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInputException(List.of(
                new InvalidInputException.FieldError(CUSTOMER_NUMBER, "must be a string or null")));
    }

    /** A string sets a part of the company's data, null clears it; anything else is named at the field. */
    private static String stringOf(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInputException(List.of(new InvalidInputException.FieldError(field, "must be a string or null")));
    }

    /** The query's cf.<key>[.from|.to|.contains] parameters, without "cf.", in the order given. */
    private java.util.Map<String, String> customFieldParameters() {
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith("cf.") && name.length() > 3) {
                written.put(name.substring(3), values.get(values.size() - 1));
            }
        });
        return written;
    }

    private CustomerJson withCustomFields(CustomerView customer) {
        return CustomerJson.of(customer, customers.customFields(caller.actor(), customer.id()));
    }

    private static EntityTag versionOf(CustomerView customer) {
        return new EntityTag(String.valueOf(customer.version()));
    }

    /**
     * A created (or linked) customer as the answer of a creating call: Location by its id, ETag its version, the body
     * what a later read answers (custom fields included).
     */
    static IdempotentCreation.Created created(CustomerView customer, CustomerService customers, Actor actor) {
        return new IdempotentCreation.Created(customer.id(), customer.version(),
                CustomerJson.of(customer, customers.customFields(actor, customer.id())));
    }
}
