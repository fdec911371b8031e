package com.clientbook.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * One event on its way to one endpoint: the webhook outbox's row. Written in the transaction of the change, delivered
 * afterwards at least once: retried with exponential backoff and jitter on timeouts, 5xx and 429 (honouring
 * Retry-After) for up to {@link #RETRY_WINDOW}, never on other answers.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final Duration RETRY_WINDOW = Duration.ofDays(3);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private long endpointId;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "ordering_key", updatable = false)
    private Long orderingKey;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(long endpointId, String messageId, String eventType, Long orderingKey, String payload, Instant now) {
        this.endpointId = endpointId;
        this.messageId = Objects.requireNonNull(messageId);
        this.eventType = Objects.requireNonNull(eventType);
        this.orderingKey = orderingKey;
        this.payload = Objects.requireNonNull(payload);
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /** The same event queued anew for the same endpoint (Resend): same message id, so the receiver can tell. */
    public WebhookDelivery resent(Instant now) {
        return new WebhookDelivery(endpointId, messageId, eventType, orderingKey, payload, now);
    }

    /** A sender holds the delivery until then (WebhookRepository.claimDue). */
    public void lease(Instant until) {
        leaseUntil = until;
    }

    /** Whether an answer with this status (null: none came) is worth trying again. */
    public static boolean retryable(Integer statusCode) {
        return statusCode == null || statusCode == 429 || statusCode >= 500;
    }

    public static boolean success(Integer statusCode) {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /**
     * Records one attempt's outcome; answers whether the attempt failed. {@code retryAfter}: what the receiver asked
     * for (429, 503), or {@code null}; {@code random} in [0, 1) spreads the retries so that failing receivers are not
     * hit by every sender at the same instant.
     */
    public boolean attempted(Integer statusCode, Duration retryAfter, Instant now, DoubleSupplier random) {
        attempts++;
        lastStatus = statusCode;
        leaseUntil = null;
        if (success(statusCode)) {
            status = Status.DELIVERED;
            finishedAt = now;
            return false;
        }
        Instant next = now.plus(retryAfter != null ? min(retryAfter, LONGEST_RETRY_AFTER) : retryDelay(attempts, random));
        if (!retryable(statusCode) || next.isAfter(createdAt.plus(RETRY_WINDOW))) {
            status = Status.FAILED;
            finishedAt = now;
        } else {
            nextAttemptAt = next;
        }
        return true;
    }

    /** Gives up without an attempt: the endpoint was disabled or deleted meanwhile, or its address is refused. */
    public void abandon(Instant now) {
        status = Status.FAILED;
        finishedAt = now;
        leaseUntil = null;
    }

    /** 5 s, 10 s, 20 s … up to 6 h, each between 75 % and 125 % of that. */
    static Duration retryDelay(int attemptsSoFar, DoubleSupplier random) {
        Duration plain = min(FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20)), LONGEST_RETRY);
        return Duration.ofMillis(Math.round(plain.toMillis() * (0.75 + random.getAsDouble() / 2)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) > 0 ? b : a;
    }

    public Long id() {
        return id;
    }

    public long endpointId() {
        return endpointId;
    }

    public String messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public Long orderingKey() {
        return orderingKey;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }
}
