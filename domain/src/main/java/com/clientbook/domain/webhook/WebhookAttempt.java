package com.clientbook.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One try to deliver: when, the answer's status (none on a timeout), how long it took, the answer's first KB. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    /** How much of an answer is kept for the Deliveries view. */
    public static final int ANSWER_KEPT = 1024;

    @Id
    @SequenceGenerator(name = "webhook_attempt_seq", sequenceName = "webhook_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "status_code", updatable = false)
    private Integer statusCode;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private int durationMillis;

    @Column(name = "answer", updatable = false)
    private String answer;

    protected WebhookAttempt() {
        // for JPA
    }

    public WebhookAttempt(long deliveryId, Instant attemptedAt, Integer statusCode, long durationMillis, String answer) {
        this.deliveryId = deliveryId;
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
        this.statusCode = statusCode;
        this.durationMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(0, durationMillis));
        this.answer = answer == null ? null : answer.substring(0, Math.min(answer.length(), ANSWER_KEPT));
    }

    public Long id() {
        return id;
    }

    public long deliveryId() {
        return deliveryId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public int durationMillis() {
        return durationMillis;
    }

    public String answer() {
        return answer;
    }
}
