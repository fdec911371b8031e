package com.clientbook.services.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One event's delivery to an endpoint, with each attempt, for the Deliveries view. */
public record WebhookDeliveryView(long id, String messageId, String eventType, String status, int attempts,
                                  Instant createdAt, Instant nextAttemptAt, Instant finishedAt, Integer lastStatus,
                                  List<Attempt> attemptList) implements Serializable {

    /** One try: when, the answer's status (none: timeout or error), how long, the answer's first KB. */
    public record Attempt(Instant at, Integer statusCode, int durationMillis, String answer) implements Serializable {
    }
}
