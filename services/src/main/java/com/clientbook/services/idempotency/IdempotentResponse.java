package com.clientbook.services.idempotency;

/**
 * What a creating request answered: the status, the body as JSON, and the id of what it created (for the
 * Location). {@code replayed} tells that the answer is the stored one of an earlier request with the same key.
 */
public record IdempotentResponse(int status, String body, Long resourceId, boolean replayed) {

    public static IdempotentResponse of(int status, String body, Long resourceId) {
        return new IdempotentResponse(status, body, resourceId, false);
    }
}
