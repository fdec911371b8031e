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

    /**
     * Where the latest e-mail to each of the addresses, queued at or after {@code since}, stands (sent, queued,
     * retrying, given up); by address in lower case. Addresses without such an e-mail are left out. Read through
     * outbox_message_recipient_idx (V20), one statement for all addresses.
     */
    public java.util.Map<String, com.clientbook.domain.outbox.MailStatus> latestStatuses(java.util.Collection<String> addresses,
                                                                                     Instant since) {
        List<String> wanted = addresses.stream().filter(java.util.Objects::nonNull)
                .map(a -> a.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < wanted.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 2);
        }
        var query = entityManager.createNativeQuery("select distinct on (lower(o.recipient)) lower(o.recipient),"
                + " o.sent_at is not null, o.attempts from outbox_message o"
                + " where lower(o.recipient) in (" + in + ") and o.created_at >= ?1"
                + " order by lower(o.recipient), o.created_at desc, o.id desc");
        query.setParameter(1, java.sql.Timestamp.from(since));
        for (int i = 0; i < wanted.size(); i++) {
            query.setParameter(i + 2, wanted.get(i));
        }
        java.util.Map<String, com.clientbook.domain.outbox.MailStatus> statuses = new java.util.HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            statuses.put((String) c[0], com.clientbook.domain.outbox.MailStatus.of((Boolean) c[1], ((Number) c[2]).intValue()));
        }
        return statuses;
    }
}
