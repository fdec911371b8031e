package com.clientbook.services.shared;

import com.clientbook.domain.shared.BusinessException;

/**
 * The caller used up a limit (say, a vendor's company searches) and has to wait {@link #retryAfterSeconds()} before the
 * next try. The API answers 429 with {@code Retry-After}; a page says it at the field. Writes nothing.
 */
public class TooManyRequestsException extends BusinessException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String messageKey, String field, String englishMessage, long retryAfterSeconds) {
        super(messageKey, field, englishMessage, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
