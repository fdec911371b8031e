package com.clientbook.web.api;

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
 * The HTTP side of Idempotency-Key for every creating call (customers, links, routes, closures): the request body in
 * canonical JSON (JSON-B writes record members in a fixed order and leaves nulls out, so the same request is always
 * the same text), the created resource as the stored answer, and the answer, first or replayed, as a 201 with
 * Location. The first answer carries the new resource's version as its ETag, with a key or without; a replay does
 * not, since the resource may have changed since the stored answer was made (the stored answer keeps no version).
 */
public final class IdempotentCreation {

    /** The answer is a replay of the first request's; integrators may log it. */
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String REPLAYED_DESCRIPTION = "true when this is the stored answer to an earlier request with "
            + "the same Idempotency-Key; absent otherwise. A replayed answer carries no ETag: read the resource for its "
            + "version.";
    public static final String KEY_DESCRIPTION = "Up to 200 characters, unique per request (a UUID, say). Sending the "
            + "same request again with the same key within 24 hours answers the first answer again (with the header "
            + "Idempotent-Replayed: true) instead of creating again; the same key with a different body is refused "
            + "with 422.";

    private static final Jsonb JSON = JsonbBuilder.create();

    /** What a creating call made: its id for Location, its version for the ETag (null: none), its JSON answer. */
    public record Created(long id, Long version, Object json) {
    }

    private IdempotentCreation() {
    }

    /** Runs {@code create} once per key; without a key (null), simply runs it. {@code collection} is the list's URI. */
    public static Response create(IdempotentRequests idempotency, Actor actor, String key, String operation, Object body,
                                  UriBuilder collection, Supplier<Created> create) {
        if (key == null) {
            Created created = create.get();
            Response.ResponseBuilder answer = Response.created(collection.path(String.valueOf(created.id())).build())
                    .entity(created.json());
            return created.version() == null ? answer.build() : answer.tag(versionOf(created)).build();
        }
        var request = new IdempotentRequest(key, operation, JSON.toJson(body));
        Created[] made = new Created[1];
        IdempotentResponse response = idempotency.execute(actor, request, () -> {
            made[0] = create.get();
            return IdempotentResponse.of(Response.Status.CREATED.getStatusCode(), JSON.toJson(made[0].json()),
                    made[0].id());
        });
        Response.ResponseBuilder answer = Response.status(response.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(response.body());
        if (response.resourceId() != null) {
            answer.location(collection.path(String.valueOf(response.resourceId())).build());
        }
        if (!response.replayed() && made[0] != null && made[0].version() != null) {
            answer.tag(versionOf(made[0]));
        }
        return response.replayed() ? answer.header(REPLAYED, "true").build() : answer.build();
    }

    private static EntityTag versionOf(Created created) {
        return new EntityTag(String.valueOf(created.version()));
    }
}
