package com.clientbook.web.webhook;

import com.clientbook.services.webhook.WebhookDeliveryView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One delivery of the Deliveries table, with its attempts; getters for Expression Language. */
public class DeliveryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String eventType;
    private final String status;
    private final Instant createdAt;
    private final Instant nextAttemptAt;
    private final List<AttemptRow> attempts;

    DeliveryRow(WebhookDeliveryView view) {
        this.id = view.id();
        this.eventType = view.eventType();
        this.status = view.status();
        this.createdAt = view.createdAt();
        this.nextAttemptAt = view.nextAttemptAt();
        this.attempts = view.attemptList().stream().map(AttemptRow::new).toList();
    }

    public long getId() {
        return id;
    }

    public String getEventType() {
        return eventType;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public List<AttemptRow> getAttempts() {
        return attempts;
    }

    /** One attempt: when, the answer's status (none: timeout or no connection), how long, the answer's first KB. */
    public static class AttemptRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Instant at;
        private final Integer statusCode;
        private final int durationMillis;
        private final String answer;

        AttemptRow(WebhookDeliveryView.Attempt attempt) {
            this.at = attempt.at();
            this.statusCode = attempt.statusCode();
            this.durationMillis = attempt.durationMillis();
            this.answer = attempt.answer();
        }

        public Instant getAt() {
            return at;
        }

        public Integer getStatusCode() {
            return statusCode;
        }

        public int getDurationMillis() {
            return durationMillis;
        }

        public String getAnswer() {
            return answer;
        }
    }
}
