package com.clientbook.web.api.route;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.route.RouteDeliveries;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.IdempotentCreation;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor's routes: the routes themselves, their stops in the driver's order, and their next deliveries. Every route,
 * customer and location of another vendor answers 404. Changes honour If-Match (412 when the route changed since);
 * reordering stops changes the route's version, so two systems reordering at once do not mix their orders.
 */
@Path("/routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routes")
public class RoutesResource {

    static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not found", "status": 404, "detail": "Route 4711 was not found."}""";

    private static final int MOST_DELIVERIES = 50;
    private static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    RouteService routes;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listRoutes", summary = "List the vendor's routes",
            description = "One page of the current (not archived) routes by name, without their stops but with their "
                    + "number; q filters by name or code. Paged as every list: {items, page, size, totalItems}.")
    @APIResponse(responseCode = "200", description = "One page, with the total without paging",
            content = @Content(schema = @Schema(implementation = RoutePageJson.class)))
    @APIResponse(responseCode = "400", description = "page or size not a number, or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public RoutePageJson list(@Parameter(description = "Part of the name or code, in any case") @QueryParam("q") String q,
                              @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                              @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 200; larger sizes are lowered to 200",
                                      schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                              @QueryParam("size") String size) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        int pageNumber = number("page", page, 0, errors);
        int pageSize = number("size", size, DEFAULT_PAGE_SIZE, errors);
        if (pageNumber < 0) {
            errors.add(new InvalidInputException.FieldError("page", "must be 0 or more"));
        }
        if (pageSize < 1) {
            errors.add(new InvalidInputException.FieldError("size", "must be between 1 and " + RouteService.MAX_PAGE_SIZE));
        }
        if ((long) pageNumber * Math.min(Math.max(pageSize, 1), RouteService.MAX_PAGE_SIZE) > Integer.MAX_VALUE) {
            errors.add(new InvalidInputException.FieldError("page", "is beyond the end of any list"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return RoutePageJson.of(routes.page(caller.actor(), q, pageNumber, pageSize));
    }

    @POST
    @Operation(operationId = "createRoute", summary = "Create a route")
    @APIResponse(responseCode = "201", description = "Created; Location is the route's address",
            headers = {@Header(name = "Location", description = "The route's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The route's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = RouteJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another route has the code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response create(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION)
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid RouteInputJson body, @Context UriInfo uri) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /routes", body,
                uri.getAbsolutePathBuilder(), () -> {
                    RouteView route = routes.create(actor, body.toInput());
                    return new IdempotentCreation.Created(route.id(), route.version(), RouteJson.of(route));
                });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoute", summary = "Read a route with its stops")
    @APIResponse(responseCode = "200", description = "The route",
            headers = @Header(name = "ETag", description = "The route's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RouteJson.class)))
    @APIResponse(responseCode = "404", description = "No such route of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The route's id") @PathParam("id") long id) {
        RouteView route = routes.get(caller.actor(), id);
        return Response.ok(RouteJson.of(route)).tag(versionOf(route)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "changeRoute", summary = "Describe a route anew",
            description = "Replaces name, code, weekdays, deadline, note and active; the stops stay.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The route's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RouteJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such current route of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another route has the code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response change(@Parameter(description = "The route's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid RouteInputJson body) {
        RouteView route = routes.change(caller.actor(), id, body.toInput(), EntityVersions.expectedVersion(ifMatch));
        return Response.ok(RouteJson.of(route)).tag(versionOf(route)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "archiveRoute", summary = "Archive a route",
            description = "The route leaves the list and delivers no more; it stays readable with its stops.")
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "404", description = "No such current route of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response archive(@Parameter(description = "The route's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        routes.archive(caller.actor(), id, EntityVersions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/stops")
    @Operation(operationId = "addRouteStop", summary = "Add a customer's delivery location as a stop",
            description = "The location must be a current delivery location of one of the vendor's customers, and not "
                    + "yet on this route (422 otherwise); it may be on other routes too.")
    @APIResponse(responseCode = "200", description = "The route with the new stop",
            headers = @Header(name = "ETag", description = "The route's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RouteJson.class)))
    @APIResponse(responseCode = "404", description = "No such route, customer or location of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Already a stop on this route",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response addStop(@Parameter(description = "The route's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid StopInputJson body) {
        RouteView route = routes.addStop(caller.actor(), id, body.customerId(), body.deliveryLocationId(), body.position(),
                EntityVersions.expectedVersion(ifMatch));
        return Response.ok(RouteJson.of(route)).tag(versionOf(route)).build();
    }

    @PUT
    @Path("/{id}/stops/{locationId}")
    @Operation(operationId = "moveRouteStop", summary = "Move a stop to another position")
    @APIResponse(responseCode = "200", description = "The route in its new order",
            headers = @Header(name = "ETag", description = "The route's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RouteJson.class)))
    @APIResponse(responseCode = "404", description = "No such route of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version, or someone else "
            + "reordered the route at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The location is not a stop on this route",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response moveStop(@Parameter(description = "The route's id") @PathParam("id") long id,
                             @Parameter(description = "The stop's delivery location id") @PathParam("locationId") long locationId,
                             @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid StopMoveJson body) {
        RouteView route = routes.moveStop(caller.actor(), id, locationId, body.position(), EntityVersions.expectedVersion(ifMatch));
        return Response.ok(RouteJson.of(route)).tag(versionOf(route)).build();
    }

    @DELETE
    @Path("/{id}/stops/{locationId}")
    @Operation(operationId = "removeRouteStop", summary = "Take a stop off the route")
    @APIResponse(responseCode = "200", description = "The route without the stop",
            headers = @Header(name = "ETag", description = "The route's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RouteJson.class)))
    @APIResponse(responseCode = "404", description = "No such route of the calling vendor, or no such stop on it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response removeStop(@Parameter(description = "The route's id") @PathParam("id") long id,
                               @Parameter(description = "The stop's delivery location id") @PathParam("locationId") long locationId,
                               @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RouteView route = routes.removeStop(caller.actor(), id, locationId, EntityVersions.expectedVersion(ifMatch));
        return Response.ok(RouteJson.of(route)).tag(versionOf(route)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listRouteDeliveries", summary = "The route's next deliveries",
            description = "The next deliveries an order placed now still counts for, each with its order deadline, "
                    + "the vendor's closure days applied (a moved delivery says from where and why).")
    @APIResponse(responseCode = "200", description = "The deliveries, earliest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryDayJson.class)))
    @APIResponse(responseCode = "400", description = "count outside 1 to 50",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such route of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<DeliveryDayJson> deliveries(@Parameter(description = "The route's id") @PathParam("id") long id,
                                            @Parameter(description = "How many, 1 to 50") @QueryParam("count") @DefaultValue("5") int count) {
        // checked here, not with @Min/@Max: Payara's OpenAPI scanner fails on Bean Validation of a query parameter
        if (count < 1 || count > MOST_DELIVERIES) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("count", "must be 1 to " + MOST_DELIVERIES)));
        }
        RouteDeliveries deliveries = routes.nextDeliveries(caller.actor(), id, count);
        return deliveries.days().stream().map(day -> DeliveryDayJson.of(day, deliveries.vendorZone())).toList();
    }

    @GET
    @Path("/{id}/day-sheet")
    @Operation(operationId = "getRouteDaySheet", summary = "The route's day sheet for a date",
            description = "The stops in the driver's order with customer, customer number, address, receiving hours, "
                    + "delivery instructions and phone, and whether the route delivers on the date (its weekdays, its "
                    + "active switch and the vendor's closures decide; the stops are there either way).")
    @APIResponse(responseCode = "200", description = "The day sheet",
            content = @Content(schema = @Schema(implementation = DaySheetJson.class)))
    @APIResponse(responseCode = "400", description = "date missing or not a date (yyyy-mm-dd)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such route of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public DaySheetJson daySheet(@Parameter(description = "The route's id") @PathParam("id") long id,
                                 @Parameter(description = "The day, yyyy-mm-dd", required = true, example = "2027-01-07")
                                 @QueryParam("date") String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(date).strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("date", "must be a date such as 2027-01-07")));
        }
        return DaySheetJson.of(routes.daySheet(caller.actor(), id, day));
    }

    private static int number(String field, String value, int absent, List<InvalidInputException.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException.FieldError(field, "must be a whole number"));
            return absent;
        }
    }

    private static EntityTag versionOf(RouteView route) {
        return EntityVersions.tag(route.version());
    }
}
