package com.clientbook.services.idempotency;

import com.clientbook.persistence.idempotency.IdempotencyRepository;
import com.clientbook.persistence.idempotency.StoredResponse;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a creating request at most once per vendor and Idempotency-Key (docs/product-rules.md rule 12: "an ERP that
 * retries after a timeout never makes two customers"). The key is claimed, the work done and its answer stored in ONE
 * transaction: when the work is refused or rolls back, the key goes with it and a retry runs again. A second request
 * with the same key while the first is still running waits on the key's unique index until the first ends, then answers
 * the first's response (or, when the first rolled back, runs itself). Keys are kept {@link #RETENTION}; an older key
 * counts as unused.
 */
@Stateless
public class IdempotentRequests {

    /** The HTTP header, named here too because the refusals name it as the field at fault. */
    public static final String HEADER = "Idempotency-Key";

    /** How long an answer is replayed; long enough for any retry, short enough that keys need no clean-up job. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private static final String CREATE = "create with an Idempotency-Key";

    @Inject
    IdempotencyRepository keys;

    @Inject
    Clock clock;

    /**
     * Answers the stored response when the actor's vendor sent this key before with the same request; refuses the
     * key when it came with a different request ({@link IdempotencyKeyReusedException}); otherwise runs
     * {@code work} in this transaction and stores its answer with the key.
     */
    public IdempotentResponse execute(Actor actor, IdempotentRequest request, Supplier<IdempotentResponse> work) {
        long vendorId = actor.vendorId(CREATE);
        String hash = request.hash();
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(RETENTION);
        if (keys.claim(vendorId, request.key(), hash, now, expiredBefore)) {
            IdempotentResponse response = work.get();
            keys.complete(vendorId, request.key(), response.status(), response.body(), response.resourceId());
            return response;
        }
        StoredResponse stored = keys.find(vendorId, request.key(), expiredBefore)
                .orElseThrow(() -> new IllegalStateException("A claimed Idempotency-Key has no row"));
        if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException();
        }
        return new IdempotentResponse(stored.status(), stored.body(), stored.resourceId(), true);
    }
}
