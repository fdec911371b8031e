package com.clientbook.persistence.idempotency;

/** What a request sent with an Idempotency-Key answered: replayed as it was for a retry with the same key. */
public record StoredResponse(String requestHash, int status, String body, Long resourceId) {
}
