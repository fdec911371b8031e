package com.clientbook.web.api.customer;

import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.idempotency.IdempotentRequest;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.idempotency.IdempotentResponse;
import com.clientbook.services.shared.Actor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.function.Supplier;

/**
 * The HTTP side of Idempotency-Key for the creating customer calls: the request body in canonical JSON (JSON-B
 * writes record members in a fixed order and leaves nulls out, so the same request is always the same text), the
 * created customer as the stored answer, and the answer, first or replayed, as a 201 with Location. The first answer
 * carries the new customer's version as its ETag, with a key or without; a replay does not, since the customer may
 * have changed since the stored answer was made (the stored answer keeps no version).
 */
final class IdempotentCreation {

    /** The answer is a replay of the first request's; integrators may log it. */
    static final String REPLAYED = "Idempotent-Replayed";
    static final String REPLAYED_DESCRIPTION = "true when this is the stored answer to an earlier request with the same "
            + "Idempotency-Key; absent otherwise. A replayed answer carries no ETag: read the customer for its version.";

    private static final Jsonb JSON = JsonbBuilder.create();

    private IdempotentCreation() {
    }

    /** Runs {@code create} once per key; without a key (null), simply runs it. */
    static Response create(IdempotentRequests idempotency, Actor actor, String key, String operation, Object body,
                           UriBuilder customers, Supplier<CustomerView> create) {
        if (key == null) {
            return created(customers, create.get());
        }
        var request = new IdempotentRequest(key, operation, JSON.toJson(body));
        CustomerView[] added = new CustomerView[1];
        IdempotentResponse response = idempotency.execute(actor, request, () -> {
            added[0] = create.get();
            return IdempotentResponse.of(Response.Status.CREATED.getStatusCode(), JSON.toJson(CustomerJson.of(added[0])),
                    added[0].id());
        });
        Response.ResponseBuilder answer = Response.status(response.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(response.body());
        if (response.resourceId() != null) {
            answer.location(customers.path(String.valueOf(response.resourceId())).build());
        }
        if (!response.replayed() && added[0] != null) {
            answer.tag(versionOf(added[0]));
        }
        return response.replayed() ? answer.header(REPLAYED, "true").build() : answer.build();
    }

    private static Response created(UriBuilder customers, CustomerView added) {
        return Response.created(customers.path(String.valueOf(added.id())).build())
                .tag(versionOf(added))
                .entity(CustomerJson.of(added))
                .build();
    }

    private static EntityTag versionOf(CustomerView customer) {
        return new EntityTag(String.valueOf(customer.version()));
    }
}
