package com.clientbook.web.api.delivery;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.delivery.ClosureService;
import com.clientbook.services.delivery.ClosureView;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.IdempotentCreation;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The vendor's closure days (public holidays, inventory days): each skips the deliveries planned for it or moves them
 * to the nearest open day before or after; the delivery days of routes and customers honour them. Another vendor's
 * closure answers 404.
 */
@Path("/closures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery days")
public class ClosuresResource {

    @Inject
    ClosureService closures;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listClosures", summary = "List the vendor's closure days",
            description = "By day, from the given day on (default: a month ago).")
    @APIResponse(responseCode = "200", description = "The closures",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClosureJson.class)))
    @APIResponse(responseCode = "400", description = "from is no date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<ClosureJson> list(@Parameter(description = "The first day, e.g. 2027-01-01") @QueryParam("from") String from) {
        LocalDate since = null;
        if (Text.trimToNull(from) != null) {
            try {
                since = LocalDate.parse(from.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldError("from", "must be a date such as 2027-01-01")));
            }
        }
        return closures.list(caller.actor(), since).stream().map(ClosureJson::of).toList();
    }

    @POST
    @Operation(operationId = "createClosure", summary = "Add a closure day",
            description = "One closure per day; deliveries planned for it are skipped or moved by its rule.")
    @APIResponse(responseCode = "201", description = "Created; Location is the closure's address",
            headers = {@Header(name = "Location", description = "The closure's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = ClosureJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "There is a closure on that day already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response create(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION)
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid ClosureInputJson body, @Context UriInfo uri) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /closures", body,
                uri.getAbsolutePathBuilder(), () -> {
                    ClosureView closure = closures.add(actor, body.toInput());
                    return new IdempotentCreation.Created(closure.id(), null, ClosureJson.of(closure));
                });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClosure", summary = "Read a closure day")
    @APIResponse(responseCode = "200", description = "The closure",
            content = @Content(schema = @Schema(implementation = ClosureJson.class)))
    @APIResponse(responseCode = "404", description = "No such closure of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public ClosureJson get(@Parameter(description = "The closure's id") @PathParam("id") long id) {
        return ClosureJson.of(closures.get(caller.actor(), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteClosure", summary = "Remove a closure day",
            description = "The deliveries planned for the day are back on it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such closure of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response delete(@Parameter(description = "The closure's id") @PathParam("id") long id) {
        closures.remove(caller.actor(), id);
        return Response.noContent().build();
    }
}
