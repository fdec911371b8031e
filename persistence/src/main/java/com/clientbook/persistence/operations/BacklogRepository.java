package com.clientbook.persistence.operations;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.persistence.shared.JdbcRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

/**
 * What the background senders still have to do, for the server's metrics: the e-mails and webhook deliveries waiting,
 * and how long the oldest of each has waited. Both counts walk the partial indexes the senders use (only unsent rows),
 * so they stay cheap however many sent rows the tables keep.
 */
@Dependent
public class BacklogRepository extends JdbcRepository {

    /** Waiting rows and the oldest one's age in seconds (0 when none waits). */
    public record Queue(long waiting, double oldestSeconds) {
    }

    protected BacklogRepository() {
    }

    public BacklogRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** E-mails not sent yet and not given up (a given-up message is no backlog: nobody will send it). */
    public Queue mail() {
        return queue("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_message "
                + "where sent_at is null and attempts < ?", OutboxMessage.MAX_ATTEMPTS);
    }

    /** Webhook deliveries still pending (leased ones included: they are not delivered yet). */
    public Queue webhooks() {
        return queue("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from webhook_delivery "
                + "where status = 'PENDING'");
    }

    private Queue queue(String statement, Object... parameters) {
        return sql(c -> single(c, statement, r -> new Queue(r.getLong(1), r.getDouble(2)), parameters));
    }
}
