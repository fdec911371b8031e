package com.clientbook.services.outbox;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.persistence.outbox.OutboxRepository;
import com.clientbook.services.shared.ScheduledWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every few seconds, in small batches. Each batch claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so several servers share the work without sending a message twice.
 * A failed message waits longer before each retry; when the SMTP server is down the batch stops at the
 * first failure instead of timing out on every message. While the database cannot be reached, the timer keeps
 * ticking ({@link ScheduledWork}) and sending resumes by itself.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH_SIZE = 20;

    @Inject
    OutboxRepository messages;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private ScheduledWork schedule;

    @PostConstruct
    void prepare() {
        schedule = new ScheduledWork("Sending the outbox's e-mails", LOG, clock);
    }

    /**
     * Every two seconds on every server; outside a transaction, so that a failed batch cannot end the timer. Safe on
     * any number of servers because each batch claims its rows ({@code FOR UPDATE SKIP LOCKED}, held until the batch
     * commits): two servers never hold the same message, and a server that dies mid-batch releases its locks with
     * its connection, so another sends those messages (at least once: one sent but not yet marked goes again).
     */
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyTwoSeconds() {
        schedule.run(() -> context.getBusinessObject(OutboxSender.class).sendDue());
    }

    /**
     * One batch, in a transaction of its own: the claimed rows stay locked until it ends. Its own, also when called
     * from the timer: Payara ran the timer's method in a transaction despite NOT_SUPPORTED, and a batch that failed
     * inside it marked that transaction for rollback, which failed the timeout and, twice in a row, ended the timer.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendDue() {
        List<OutboxMessage> due = messages.claimDue(clock.instant(), BATCH_SIZE);
        for (OutboxMessage message : due) {
            try {
                transport.send(message);
                message.sent(clock.instant());
            } catch (MessagingException e) {
                message.failed(e.getMessage(), clock.instant());
                LOG.log(Level.WARNING, "Could not send e-mail {0} to {1} (attempt {2}); will retry at {3}: {4}",
                        new Object[] {message.id(), message.recipient(), message.attempts(), message.nextAttemptAt(), e.getMessage()});
                return;
            }
        }
    }
}
