package com.clientbook.services.outbox;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.persistence.outbox.OutboxRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Queues e-mails in the caller's transaction. Services use it instead of sending mail, so that a change
 * and the mail it causes commit, or roll back, together.
 */
@Dependent
public class Outbox {

    @Inject
    OutboxRepository messages;

    @Inject
    Clock clock;

    public void queueEmail(String recipient, String subject, String body) {
        messages.add(OutboxMessage.email(recipient, subject, body, clock.instant()));
    }

    /** An e-mail sent for a vendor: its customers' answers go to the vendor's reply-to address, when it has one. */
    public void queueEmail(String recipient, String subject, String body, com.clientbook.domain.company.Company vendor) {
        messages.add(OutboxMessage.email(recipient, subject, body, vendor == null ? null : vendor.replyTo(), clock.instant()));
    }
}
