package com.clientbook.web.api.customfield;

import com.clientbook.services.customfield.CustomFieldService;
import com.clientbook.services.customfield.CustomFieldView;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.IdempotentCreation;
import com.clientbook.web.api.QueryParameters;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The calling vendor's custom fields (docs/api.md, "Custom fields"): defined, described anew and retired by the
 * vendor's API keys (issued only by its admins). Another vendor's field answers 404. Values are set on the customer:
 * PATCH /customers/{id} with customFields.
 */
@Path("/custom-fields")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Custom fields", description = "Fields the calling vendor defines for its customers")
public class CustomFieldsResource {

    static final String TYPES = "TEXT (up to 500 characters), LONG_TEXT (up to 4000), NUMBER (whole), DECIMAL (up to 4 "
            + "decimals), YES_NO, DATE (ISO, 2026-12-31), CHOICE (one of options), CHOICES (any of options)";

    @Inject
    CustomFieldService fields;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listCustomFields", summary = "List the vendor's custom fields",
            description = "In the order they were defined, on one page; retired ones only with retired=true.")
    @APIResponse(responseCode = "200", description = "All of them",
            content = @Content(schema = @Schema(implementation = CustomFieldPageJson.class)))
    @APIResponse(responseCode = "400", description = "retired is not true or false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public CustomFieldPageJson list(@Parameter(description = "true: retired fields too",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("retired") String retired) {
        QueryParameters parameters = new QueryParameters();
        Boolean withRetired = parameters.bool("retired", retired);
        parameters.check();
        List<CustomFieldJson> items = fields.list(caller.actor(), Boolean.TRUE.equals(withRetired)).stream()
                .map(CustomFieldJson::of).toList();
        return new CustomFieldPageJson(items, 0, items.size(), items.size());
    }

    @POST
    @Operation(operationId = "createCustomField", summary = "Define a custom field")
    @APIResponse(responseCode = "201", description = "Defined; Location is the field's address",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = CustomFieldJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field: a key not of the form, no label, an "
            + "unknown type, a choice without options",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The vendor has a field with this key (perhaps retired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "100 fields already; or the Idempotency-Key was used before "
            + "with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response create(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION)
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid NewCustomFieldJson body, @Context UriInfo uri) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /custom-fields", body,
                uri.getAbsolutePathBuilder(), () -> {
                    CustomFieldView field = fields.create(actor, body.toInput());
                    return new IdempotentCreation.Created(field.id(), field.version(), CustomFieldJson.of(field));
                });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomField", summary = "Read a custom field")
    @APIResponse(responseCode = "200", description = "The field",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomFieldJson.class)))
    @APIResponse(responseCode = "404", description = "No such field of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The field's id") @PathParam("id") long id) {
        return answer(fields.get(caller.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceCustomField", summary = "Describe a custom field anew",
            description = "Replaces labels, type, options, required, inList, filterable and retired; the key stays. "
                    + "A new type is refused with 422 while customers have a value of the field (detail says how "
                    + "many). Send the ETag you read as If-Match (412 when it changed since).")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CustomFieldJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such field of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A new type while customers have values "
            + "(urn:clientbook:problem:customField.typeInUse)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response replace(@Parameter(description = "The field's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid CustomFieldReplacementJson body) {
        Actor actor = caller.actor();
        Long expected = EntityVersions.expectedVersion(ifMatch);
        String key = fields.get(actor, id).key();
        return answer(fields.change(actor, id, body.toInput(key), expected));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "retireCustomField", summary = "Retire a custom field",
            description = "Hidden from customers' reads, the list and the pages; the values stay, and PUT with "
                    + "retired: false brings the field back with them. The key stays taken. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such field of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response retire(@Parameter(description = "The field's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        fields.retire(caller.actor(), id, EntityVersions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private static Response answer(CustomFieldView view) {
        return Response.ok(CustomFieldJson.of(view)).tag(EntityVersions.tag(view.version())).build();
    }
}
