package com.clientbook.web.api.order;

import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.order.OrderStatus;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.EntityVersions;
import com.clientbook.web.api.IdempotentCreation;
import com.clientbook.web.api.QueryParameters;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
 * A vendor's orders for its ERP: the delta sync ({@code updatedSince}), one order, orders the vendor took for a
 * customer (by phone, say; the same rules as the customer's own, Idempotency-Key), the vendor's steps (confirm,
 * cancel with a reason, deliver) and a day's picking list. Another vendor's order, customer or location answers 404;
 * a refusal by the rules (deadline passed, banned customer, inactive product) answers 422 with the reason in words.
 */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrdersResource {

    private static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    OrderService orders;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listOrders", summary = "List the vendor's orders",
            description = "Filtered by delivery day, status, route, customer and who placed them. With updatedSince, "
                    + "the delta sync: orders changed at or after that instant, oldest change first (page on, then "
                    + "remember the last updatedAt); otherwise by delivery day and order number. Paged as every list.")
    @APIResponse(responseCode = "200", description = "One page, with the total without paging",
            content = @Content(schema = @Schema(implementation = OrderPageJson.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not of its kind, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public OrderPageJson list(@Parameter(description = "A delivery day, such as 2027-01-07") @QueryParam("deliveryDay") String deliveryDay,
                              @Parameter(description = "PLACED, CONFIRMED, CANCELLED or DELIVERED") @QueryParam("status") String status,
                              @Parameter(description = "A route id: the orders it brings") @QueryParam("routeId") String routeId,
                              @Parameter(description = "A customer id") @QueryParam("customerId") String customerId,
                              @Parameter(description = "true: only orders the vendor placed for customers; false: only "
                                      + "the customers' own") @QueryParam("placedByVendor") String placedByVendor,
                              @Parameter(description = "An ISO-8601 instant: orders changed since") @QueryParam("updatedSince") String updatedSince,
                              @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                              @QueryParam("page") String page,
                              @Parameter(description = "Page size, 1 to 200; larger sizes are lowered to 200",
                                      schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
                              @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        OrderQuery query = new OrderQuery(parameters.date("deliveryDay", deliveryDay),
                parameters.oneOf("status", status, OrderStatus.class), parameters.whole("routeId", routeId),
                parameters.whole("customerId", customerId), parameters.bool("placedByVendor", placedByVendor),
                parameters.instant("updatedSince", updatedSince), parameters.page(page),
                parameters.size(size, DEFAULT_PAGE_SIZE));
        parameters.check();
        return OrderPageJson.of(orders.list(caller.actor(), query));
    }

    @POST
    @Operation(operationId = "placeOrder", summary = "Place an order for a customer",
            description = "An order the vendor took for one of its customers, to one of the customer's current delivery "
                    + "locations, for one of its delivery days (any future day the vendor delivers on where the location "
                    + "has none). After the day's order deadline a reason is required. Refused with 422 and the reason: "
                    + "a banned customer, a day that is no delivery day, an inactive product.")
    @APIResponse(responseCode = "201", description = "Placed; Location is the order's address",
            headers = {@Header(name = "Location", description = "The order's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The order's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor, or no such location of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule (the reason in words), or the Idempotency-Key "
            + "was used before with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response place(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION)
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                          @NotNull NewOrderJson body, @Context UriInfo uri) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /orders", body,
                uri.getAbsolutePathBuilder(), () -> {
                    OrderView order = orders.place(actor, body.toInput());
                    return new IdempotentCreation.Created(order.id(), order.version(), OrderJson.of(order));
                });
    }

    @GET
    @Path("/picking")
    @Operation(operationId = "pickingList", summary = "A delivery day's picking list",
            description = "Per product, how much the day's orders that are not cancelled ask for, by article number; "
                    + "with routeId, only that route's orders.")
    @APIResponse(responseCode = "200", description = "The products, by article number",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PickingJson.class)))
    @APIResponse(responseCode = "400", description = "deliveryDay missing or not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<PickingJson> picking(@Parameter(description = "The delivery day, such as 2027-01-07", required = true)
                                     @QueryParam("deliveryDay") String deliveryDay,
                                     @Parameter(description = "A route id") @QueryParam("routeId") String routeId) {
        QueryParameters parameters = new QueryParameters();
        var day = parameters.date("deliveryDay", deliveryDay);
        Long route = parameters.whole("routeId", routeId);
        parameters.check();
        return orders.picking(caller.actor(), day, route).stream().map(PickingJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrder", summary = "Read an order")
    @APIResponse(responseCode = "200", description = "The order",
            headers = @Header(name = "ETag", description = "The order's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "404", description = "No such order of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The order's id") @PathParam("id") long id) {
        return answer(orders.get(caller.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "changeOrder", summary = "Replace an order's lines and note",
            description = "While the order is neither cancelled nor delivered.")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The order's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by a rule: the order is final, a product inactive",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response change(@Parameter(description = "The order's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull OrderChangeJson body) {
        return answer(orders.change(caller.actor(), id, NewOrderJson.lines(body.inputLines()), body.note(),
                EntityVersions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmOrder", summary = "Confirm an order", description = "Confirming twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            headers = @Header(name = "ETag", description = "The order's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "404", description = "No such order of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The order is cancelled or delivered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response confirm(@Parameter(description = "The order's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(orders.confirm(caller.actor(), id, EntityVersions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelOrder", summary = "Cancel an order",
            description = "With a reason, which the customer sees. Cancelling twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            headers = @Header(name = "ETag", description = "The order's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "400", description = "No reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The order is delivered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response cancel(@Parameter(description = "The order's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull ReasonJson body) {
        return answer(orders.cancel(caller.actor(), id, body.reason(), EntityVersions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/deliver")
    @Operation(operationId = "deliverOrder", summary = "Mark an order delivered", description = "Twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Delivered",
            headers = @Header(name = "ETag", description = "The order's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrderJson.class)))
    @APIResponse(responseCode = "404", description = "No such order of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The order is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response deliver(@Parameter(description = "The order's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(orders.deliver(caller.actor(), id, EntityVersions.expectedVersion(ifMatch)));
    }

    private static Response answer(OrderView order) {
        return Response.ok(OrderJson.of(order)).tag(EntityVersions.tag(order.version())).build();
    }
}
