package com.clientbook.web.api.platform;

import com.clientbook.services.idempotency.IdempotentRequest;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.idempotency.IdempotentResponse;
import com.clientbook.services.platform.VendorDetails;
import com.clientbook.services.shared.Actor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.function.Supplier;

/**
 * Idempotency-Key for creating vendors, as for creating customers: the body in canonical JSON, the created vendor as
 * the stored answer, a 201 with Location, first or replayed. The keys of platform keys are kept under the operator.
 */
final class IdempotentVendorCreation {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final Jsonb JSON = JsonbBuilder.create();

    private IdempotentVendorCreation() {
    }

    static Response create(IdempotentRequests idempotency, Actor actor, String key, NewVendorJson body, UriBuilder vendors,
                           Supplier<VendorDetails> create) {
        if (key == null) {
            VendorDetails created = create.get();
            return Response.created(vendors.path(String.valueOf(created.id())).build())
                    .tag(new EntityTag(String.valueOf(created.version())))
                    .entity(VendorJson.of(created))
                    .build();
        }
        var request = new IdempotentRequest(key, "POST /platform/vendors", JSON.toJson(body));
        IdempotentResponse response = idempotency.execute(actor, request, () -> {
            VendorDetails created = create.get();
            return IdempotentResponse.of(Response.Status.CREATED.getStatusCode(), JSON.toJson(VendorJson.of(created)),
                    created.id());
        });
        Response.ResponseBuilder answer = Response.status(response.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(response.body());
        if (response.resourceId() != null) {
            answer.location(vendors.path(String.valueOf(response.resourceId())).build());
        }
        return response.replayed() ? answer.header(REPLAYED, "true").build() : answer.build();
    }
}
