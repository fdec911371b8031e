package com.clientbook.services.idempotency;

import com.clientbook.domain.shared.RuleViolationException;

/** The key was used before for a different request: replaying that answer would be wrong, doing the new one too. */
public class IdempotencyKeyReusedException extends RuleViolationException {

    public IdempotencyKeyReusedException() {
        super("idempotency.keyReused", IdempotentRequests.HEADER,
                "Idempotency-Key reused with a different request; send a new key for a new request.");
    }
}
