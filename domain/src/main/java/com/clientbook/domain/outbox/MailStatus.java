package com.clientbook.domain.outbox;

/**
 * Where an e-mail stands in the outbox (docs/product-rules.md rule 5), as the pages show it beside what it was sent
 * for: sent; queued and not tried yet; queued and retrying after failed attempts (the SMTP server was down or
 * refused it); or given up after {@link OutboxMessage#MAX_ATTEMPTS} attempts.
 */
public enum MailStatus {
    SENT,
    QUEUED,
    RETRYING,
    GAVE_UP;

    /** The status of a message with these columns of {@code outbox_message}. */
    public static MailStatus of(boolean sent, int attempts) {
        if (sent) {
            return SENT;
        }
        if (attempts >= OutboxMessage.MAX_ATTEMPTS) {
            return GAVE_UP;
        }
        return attempts == 0 ? QUEUED : RETRYING;
    }
}
