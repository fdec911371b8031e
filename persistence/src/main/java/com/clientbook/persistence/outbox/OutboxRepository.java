package com.clientbook.persistence.outbox;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@Dependent
public class OutboxRepository extends Repository {

    protected OutboxRepository() {
    }

    public OutboxRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public OutboxMessage add(OutboxMessage message) {
        entityManager.persist(message);
        return message;
    }

    /**
     * Claims up to {@code limit} messages that are due, locking their rows until the caller's transaction
     * ends. Rows another server has claimed are skipped, so two servers never send the same message.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> claimDue(Instant now, int limit) {
        return entityManager.createNativeQuery("select * from outbox_message where sent_at is null and next_attempt_at <= ?"
                        + " and attempts < ? order by next_attempt_at, id limit ? for update skip locked", OutboxMessage.class)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, OutboxMessage.MAX_ATTEMPTS)
                .setParameter(3, limit)
                .getResultList();
    }

    public List<OutboxMessage> findByRecipient(String recipient) {
        return entityManager.createQuery("select m from OutboxMessage m where lower(m.recipient) = :recipient order by m.id",
                        OutboxMessage.class)
                .setParameter("recipient", recipient.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
    }
}
