package com.clientbook.web.api.delivery;

import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.services.delivery.ScheduleView;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One delivery location's delivery schedule at the calling vendor: its own, or the days of the routes it is a stop on
 * (DELETE goes back to those). Another vendor's customer, another company's location and an archived location answer
 * 404. Changes honour If-Match (412 when the schedule changed since; 0 is the version of a location that never had
 * one of its own).
 */
@Path("/customers/{id}/delivery-locations/{locationId}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery days")
public class DeliveryScheduleResource {

    @Inject
    DeliveryPlans plans;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "getDeliverySchedule", summary = "Read where a delivery location's days come from")
    @APIResponse(responseCode = "200", description = "The location's own schedule, or its routes",
            headers = @Header(name = "ETag", description = "The own schedule's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScheduleJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor, or no such current "
            + "location of that customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The customer's id") @PathParam("id") long id,
                        @Parameter(description = "The delivery location's id") @PathParam("locationId") long locationId) {
        return answer(plans.schedule(caller.actor(), id, locationId));
    }

    @PUT
    @Operation(operationId = "setDeliverySchedule", summary = "Give a delivery location a schedule of its own",
            description = "Replaces the location's own schedule, or gives it one instead of its routes' days.")
    @APIResponse(responseCode = "200", description = "The location's own schedule",
            headers = @Header(name = "ETag", description = "The own schedule's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScheduleJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer or location",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response put(@Parameter(description = "The customer's id") @PathParam("id") long id,
                        @Parameter(description = "The delivery location's id") @PathParam("locationId") long locationId,
                        @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid ScheduleInputJson body) {
        return answer(plans.setSchedule(caller.actor(), id, locationId, body.toInput(), EntityVersions.expectedVersion(ifMatch)));
    }

    @DELETE
    @Operation(operationId = "inheritDeliverySchedule", summary = "Take a delivery location back to its routes' days",
            description = "The own schedule stops applying (it is kept, and a later PUT replaces it).")
    @APIResponse(responseCode = "200", description = "Where the location's days come from now",
            headers = @Header(name = "ETag", description = "The own schedule's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScheduleJson.class)))
    @APIResponse(responseCode = "404", description = "No such customer or location",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response inherit(@Parameter(description = "The customer's id") @PathParam("id") long id,
                            @Parameter(description = "The delivery location's id") @PathParam("locationId") long locationId,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(plans.inherit(caller.actor(), id, locationId, EntityVersions.expectedVersion(ifMatch)));
    }

    private static Response answer(ScheduleView view) {
        return Response.ok(ScheduleJson.of(view)).tag(EntityVersions.tag(view.version())).build();
    }
}
