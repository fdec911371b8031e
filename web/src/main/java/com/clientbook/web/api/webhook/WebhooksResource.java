package com.clientbook.web.api.webhook;

import com.clientbook.services.webhook.WebhookService;
import com.clientbook.services.webhook.WebhookView;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * The calling vendor's webhook endpoints (docs/api.md, "Webhooks"). Another vendor's endpoint answers 404. A URL that is
 * not https or leads to an internal address is refused with 400 naming {@code url}. Creating takes no Idempotency-Key:
 * its answer carries the secret, shown once and stored nowhere else, so it cannot be replayed; a client that lost
 * the answer lists the endpoints and rotates the secret.
 */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Endpoints that receive signed events about the calling vendor's customers and orders")
public class WebhooksResource {

    static final String EVENT_TYPES = "Event types, of customer.created, customer.updated, customer.linked, "
            + "customer.unlinked, customer.banned, customer.ban_lifted, invitation.accepted, invitation.expired, "
            + "access_request.created, delivery_location.changed, order.placed, order.changed, order.cancelled, "
            + "import.finished";

    @Inject
    WebhookService webhooks;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the vendor's webhook endpoints")
    @APIResponse(responseCode = "200", description = "All of them, oldest first, on one page",
            content = @Content(schema = @Schema(implementation = WebhookPageJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public WebhookPageJson list() {
        List<WebhookJson> items = webhooks.list(caller.actor()).stream().map(WebhookJson::of).toList();
        return new WebhookPageJson(items, 0, items.size(), items.size());
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "The answer holds the signing secret (whsec_…), the only time it is shown.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the endpoint's address",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = WebhookJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field: a URL that is not https or leads to a "
            + "loopback, private, link-local or metadata address; an unknown event type; no event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response create(@NotNull @Valid NewWebhookJson body, @Context UriInfo uri) {
        WebhookView created = webhooks.create(caller.actor(), body.toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(WebhookJson.of(created)).tag(EntityVersions.tag(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint, without its secret",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookJson.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response get(@Parameter(description = "The endpoint's id") @PathParam("id") long id) {
        return answer(webhooks.get(caller.actor(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceWebhook", summary = "Describe a webhook endpoint anew",
            description = "Replaces URL, description, events and active. active: true activates an endpoint that was "
                    + "disabled after three days of failures. Send the ETag you read as If-Match (412 when it changed since).")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response replace(@Parameter(description = "The endpoint's id") @PathParam("id") long id,
                            @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid WebhookReplacementJson body) {
        return answer(webhooks.change(caller.actor(), id, body.toInput(), EntityVersions.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "With its deliveries: events not yet delivered are dropped. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response delete(@Parameter(description = "The endpoint's id") @PathParam("id") long id,
                           @Parameter(description = "The ETag read before (optional)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(caller.actor(), id, EntityVersions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "A new secret, in this answer only. For 24 hours every delivery is signed with both the new "
                    + "and the former secret (two v1 signatures), so the receiver can switch without losing an event.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookJson.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response rotateSecret(@Parameter(description = "The endpoint's id") @PathParam("id") long id) {
        return answer(webhooks.rotateSecret(caller.actor(), id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's latest deliveries",
            description = "The latest 50, newest first, each with every attempt: time, status code, duration and the "
                    + "first KB of the answer.")
    @APIResponse(responseCode = "200", description = "The deliveries",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryPageJson.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public WebhookDeliveryPageJson deliveries(@Parameter(description = "The endpoint's id") @PathParam("id") long id) {
        List<WebhookDeliveryJson> items = webhooks.deliveries(caller.actor(), id).stream().map(WebhookDeliveryJson::of).toList();
        return new WebhookDeliveryPageJson(items, 0, items.size(), items.size());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resendWebhookDelivery", summary = "Send a delivery again",
            description = "Queues the same event (same webhook-id) for the endpoint once more.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = QueuedDeliveryJson.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response resend(@Parameter(description = "The endpoint's id") @PathParam("id") long id,
                           @Parameter(description = "The delivery's id") @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(new QueuedDeliveryJson(webhooks.resend(caller.actor(), id, deliveryId))).build();
    }

    @POST
    @Path("/{id}/test-events")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "sendWebhookTestEvent", summary = "Send a test event",
            description = "Queues an event of type webhook.test for this endpoint alone.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = QueuedDeliveryJson.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response sendTestEvent(@Parameter(description = "The endpoint's id") @PathParam("id") long id) {
        return Response.accepted(new QueuedDeliveryJson(webhooks.sendTestEvent(caller.actor(), id))).build();
    }

    private static Response answer(WebhookView view) {
        return Response.ok(WebhookJson.of(view)).tag(EntityVersions.tag(view.version())).build();
    }
}
