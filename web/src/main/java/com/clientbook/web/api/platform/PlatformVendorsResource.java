package com.clientbook.web.api.platform;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.services.platform.Suspension;
import com.clientbook.services.platform.VendorData;
import com.clientbook.services.platform.VendorDetails;
import com.clientbook.services.platform.VendorStatus;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's vendors, for internal systems with a platform API key. Each method converts, calls the platform's
 * vendor service once, and converts back. Suspending and reactivating are a PATCH of {@code status}.
 */
@Path("/platform/vendors")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform vendors", description = "Vendors on the platform, for a platform API key only")
public class PlatformVendorsResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final Set<String> DATA_FIELDS = Set.of("name", "legalName", "vatId", "street", "postalCode", "city",
            "country", "phone", "email", "website", "language");
    private static final String STATUS = "status";
    private static final String REASON = "suspensionReason";

    @Inject
    PlatformVendorService vendors;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPlatformVendors", summary = "List the vendors",
            description = "One page of the platform's vendors, by name, with how many active admins and customers each has.")
    @APIResponse(responseCode = "200", description = "One page, with the total without paging",
            content = @Content(schema = @Schema(implementation = VendorPageJson.class)))
    @APIResponse(responseCode = "400", description = "page or size is not a valid number; errors name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public VendorPageJson list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200; larger sizes are lowered to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(description = "Part of the vendor's name, any case") @QueryParam("q") String q) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = number("page", page, 0, errors);
        int pageSize = number("size", size, DEFAULT_PAGE_SIZE, errors);
        if (pageNumber < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (pageSize < 1) {
            errors.add(new FieldError("size", "must be between 1 and " + PlatformVendorService.MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return VendorPageJson.of(vendors.list(caller.actor(), q, pageNumber, pageSize));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlatformVendor", summary = "Read one vendor",
            description = "The ETag header carries the vendor's version, for If-Match on PATCH.")
    @APIResponse(responseCode = "200", description = "The vendor",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VendorJson.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The vendor's id", required = true) @PathParam("id") long id,
                        @Context Request request) {
        VendorDetails vendor = vendors.get(caller.actor(), id);
        EntityTag version = versionOf(vendor);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(version);
        if (unchanged != null) {
            return unchanged.tag(version).build();
        }
        return Response.ok(VendorJson.of(vendor)).tag(version).build();
    }

    @POST
    @Operation(operationId = "createPlatformVendor", summary = "Create a vendor with its first admin",
            description = "Creates the vendor company and its first admin (without a password) in one step and e-mails the "
                    + "admin a single-use link to choose a password. A vendor name in use (any case) or an e-mail "
                    + "address in use on the platform is refused with 409, naming the field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewVendorJson.class)))
    @APIResponse(responseCode = "201", description = "Created; Location is the vendor's address",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = VendorJson.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or fields that break their rules; errors name each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The vendor name or an e-mail address is taken; errors name the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response create(@Parameter(description = "Up to 200 characters, unique per request (a UUID, say). The same "
                                   + "request again with the same key within 24 hours answers the first answer again "
                                   + "(Idempotent-Replayed: true) instead of creating again; the same key with another "
                                   + "body is refused with 422.")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           NewVendorJson body) {
        if (body == null) {
            throw new BadRequestException(Problem.response(Problem.of(Response.Status.BAD_REQUEST,
                    "Send the vendor as a JSON object.")).build());
        }
        Actor actor = caller.actor();
        return IdempotentVendorCreation.create(idempotency, actor, idempotencyKey, body, uri.getAbsolutePathBuilder(),
                () -> vendors.create(actor, body.toNewVendor()));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "changePlatformVendor", summary = "Change, suspend or reactivate a vendor",
            description = "A merge patch: the data members given replace the vendor's values (null or blank clears one; "
                    + "name cannot be cleared), members left out stay. {\"status\": \"SUSPENDED\", \"suspensionReason\": "
                    + "\"…\"} suspends the vendor (its people cannot sign in, its API keys answer 401, its invitations "
                    + "cannot be accepted; nothing is deleted), {\"status\": \"ACTIVE\"} reactivates it. Data and status "
                    + "change together or not at all. Send the ETag you read as If-Match: when the vendor changed since, "
                    + "nothing is changed and the answer is 412.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VendorPatchJson.class)))
    @APIResponse(responseCode = "200", description = "The vendor as it is now, with its new ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VendorJson.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a member of the wrong type, or a value that breaks "
            + "its rule (a suspension without reason, say); errors name each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another vendor has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response change(@Parameter(description = "The vendor's id", required = true) @PathParam("id") long id,
                           @Parameter(description = "The ETag read before, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonObject body) {
        if (body == null) {
            throw new BadRequestException(Problem.response(Problem.of(Response.Status.BAD_REQUEST,
                    "Send the change as a JSON object.")).build());
        }
        Long expectedVersion = EntityVersions.expectedVersion(ifMatch);
        Actor actor = caller.actor();
        List<FieldError> errors = new ArrayList<>();
        VendorData data = null;
        if (body.keySet().stream().anyMatch(DATA_FIELDS::contains)) {
            data = merged(vendors.get(actor, id).data(), body, errors);
        }
        VendorStatus status = null;
        if (body.containsKey(STATUS)) {
            String value = text(body, STATUS, errors);
            try {
                status = value == null ? null : VendorStatus.valueOf(value);
            } catch (IllegalArgumentException e) {
                // named below
            }
            if (status == null) {
                errors.add(new FieldError(STATUS, "must be ACTIVE or SUSPENDED"));
            }
        }
        String reason = body.containsKey(REASON) ? text(body, REASON, errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        VendorDetails vendor = vendors.update(actor, id, data, status, status == VendorStatus.SUSPENDED
                ? new Suspension(reason) : null, expectedVersion);
        return Response.ok(VendorJson.of(vendor)).tag(versionOf(vendor)).build();
    }

    /** The vendor's data with the patch's members put in. */
    private static VendorData merged(VendorData current, JsonObject body, List<FieldError> errors) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("name", current.name());
        values.put("legalName", current.legalName());
        values.put("vatId", current.vatId());
        values.put("street", current.street());
        values.put("postalCode", current.postalCode());
        values.put("city", current.city());
        values.put("country", current.country());
        values.put("phone", current.phone());
        values.put("email", current.email());
        values.put("website", current.website());
        values.put("language", current.language());
        for (String field : DATA_FIELDS) {
            if (body.containsKey(field)) {
                values.put(field, text(body, field, errors));
            }
        }
        return new VendorData(values.get("name"), values.get("legalName"), values.get("vatId"), values.get("street"),
                values.get("postalCode"), values.get("city"), values.get("country"), values.get("phone"),
                values.get("email"), values.get("website"), values.get("language"));
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, "must be a string or null"));
        return null;
    }

    private static int number(String field, String text, int otherwise, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return otherwise;
        }
    }

    private static EntityTag versionOf(VendorDetails vendor) {
        return new EntityTag(String.valueOf(vendor.version()));
    }
}
