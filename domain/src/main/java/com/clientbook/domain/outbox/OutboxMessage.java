package com.clientbook.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail waiting to be sent. Written in the same transaction as the change that caused it, so a
 * rolled-back change sends nothing; sent afterwards with retries, so an SMTP outage delays mail but never
 * loses it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int MAX_ATTEMPTS = 20;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    /** Where answers go, when not to the platform's sender: the address of the vendor the mail is sent for. */
    @Column(name = "reply_to", updatable = false)
    private String replyTo;

    /** The file the mail carries, if any (V28): name, MIME type and content, all three or none. */
    @Column(name = "attachment_name", updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", updatable = false)
    private String attachmentType;

    @Column(name = "attachment_content", updatable = false)
    private byte[] attachmentContent;

    protected OutboxMessage() {
        // for JPA
    }

    public static OutboxMessage email(String recipient, String subject, String body, Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.recipient = Objects.requireNonNull(recipient);
        message.subject = Objects.requireNonNull(subject);
        message.body = Objects.requireNonNull(body);
        message.createdAt = Objects.requireNonNull(now);
        message.nextAttemptAt = now;
        return message;
    }

    /** An e-mail sent for a vendor: answers go to {@code replyTo} (none: to the platform's sender). */
    public static OutboxMessage email(String recipient, String subject, String body, String replyTo, Instant now) {
        OutboxMessage message = email(recipient, subject, body, now);
        message.replyTo = replyTo;
        return message;
    }

    /** The same e-mail carrying one file, e.g. an order as CSV. */
    public OutboxMessage withAttachment(String name, String contentType, byte[] content) {
        if (name == null || name.isBlank() || contentType == null || contentType.isBlank() || content == null) {
            throw new IllegalArgumentException("An attachment has a name, a type and content");
        }
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentContent = content.clone();
        return this;
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    /** The attachment's file name, or {@code null} without one. */
    public String attachmentName() {
        return attachmentName;
    }

    public String attachmentType() {
        return attachmentType;
    }

    /** A copy of the attachment's bytes, or {@code null} without one. */
    public byte[] attachmentContent() {
        return attachmentContent == null ? null : attachmentContent.clone();
    }

    public String replyTo() {
        return replyTo;
    }

    public void sent(Instant now) {
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    /** Sending failed: try again later, waiting twice as long each time, at most an hour, until the attempts run out. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        this.nextAttemptAt = now.plus(retryDelay(attempts));
    }

    static Duration retryDelay(int attemptsSoFar) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean hasAttemptsLeft() {
        return attempts < MAX_ATTEMPTS;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
