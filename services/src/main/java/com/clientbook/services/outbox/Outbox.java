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

    /** A worded mail (see {@code services.mail}). */
    public void queue(com.clientbook.services.mail.Mail mail) {
        queueEmail(mail.to(), mail.subject(), mail.body());
    }

    /** A worded mail sent for a vendor: answers go to the vendor's reply-to address, when it has one. */
    public void queue(com.clientbook.services.mail.Mail mail, com.clientbook.domain.company.Company vendor) {
        queueEmail(mail.to(), mail.subject(), mail.body(), vendor);
    }

    /**
     * A worded mail sent for a vendor with one file attached; the file is stored in the outbox row, so it is sent
     * exactly as the message is (once, after any SMTP outage).
     */
    public void queue(com.clientbook.services.mail.Mail mail, com.clientbook.domain.company.Company vendor,
                      com.clientbook.services.mail.Attachment attachment) {
        messages.add(OutboxMessage.email(mail.to(), mail.subject(), mail.body(), vendor == null ? null : vendor.replyTo(),
                clock.instant()).withAttachment(attachment.fileName(), attachment.contentType(), attachment.content()));
    }

    /**
     * A mail already worded. Prefer {@link #queue(com.clientbook.services.mail.Mail)}: a person reads every text in
     * their language, so mails are worded from the mail bundle by the feature's mail class (docs/architecture.md,
     * "E-mails and languages").
     */
    public void queueEmail(String recipient, String subject, String body) {
        messages.add(OutboxMessage.email(recipient, subject, body, clock.instant()));
    }

    /** An e-mail sent for a vendor: its customers' answers go to the vendor's reply-to address, when it has one. */
    public void queueEmail(String recipient, String subject, String body, com.clientbook.domain.company.Company vendor) {
        messages.add(OutboxMessage.email(recipient, subject, body, vendor == null ? null : vendor.replyTo(), clock.instant()));
    }
}
