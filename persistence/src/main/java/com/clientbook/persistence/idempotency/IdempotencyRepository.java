package com.clientbook.persistence.idempotency;

import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys per vendor, in plain SQL: the claim needs PostgreSQL's {@code INSERT … ON CONFLICT}, whose
 * wait on the unique index is what serialises two concurrent requests with the same key.
 */
@Dependent
public class IdempotencyRepository extends Repository {

    protected IdempotencyRepository() {
    }

    public IdempotencyRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /**
     * Claims the key for this transaction. When another transaction holds the same key uncommitted, this waits until
     * it ends. Answers {@code false} when a key created at or after {@code expiredBefore} exists (committed): then
     * {@link #find} has its answer. An expired key is taken over, as if it had never been used.
     */
    public boolean claim(long vendorId, String key, String requestHash, Instant now, Instant expiredBefore) {
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_key (vendor_id, idempotency_key, request_hash, created_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (vendor_id, idempotency_key) do update
                            set request_hash = excluded.request_hash, created_at = excluded.created_at,
                                response_status = null, response_body = null, resource_id = null
                            where idempotency_key.created_at < ?5""")
                .setParameter(1, vendorId)
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(expiredBefore))
                .executeUpdate();
        return claimed == 1;
    }

    /** Records what the request that claimed the key answered. */
    public void complete(long vendorId, String key, int status, String body, Long resourceId) {
        entityManager.createNativeQuery("""
                        update idempotency_key set response_status = ?3, response_body = ?4, resource_id = ?5
                        where vendor_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, vendorId)
                .setParameter(2, key)
                .setParameter(3, status)
                .setParameter(4, body)
                .setParameter(5, resourceId)
                .executeUpdate();
    }

    /** The answer stored for a key that has not expired (created at or after {@code expiredBefore}). */
    public Optional<StoredResponse> find(long vendorId, String key, Instant expiredBefore) {
        return entityManager.createNativeQuery("""
                        select request_hash, response_status, response_body, resource_id from idempotency_key
                        where vendor_id = ?1 and idempotency_key = ?2 and created_at >= ?3""")
                .setParameter(1, vendorId)
                .setParameter(2, key)
                .setParameter(3, Timestamp.from(expiredBefore))
                .getResultStream()
                .findFirst()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new StoredResponse(((String) columns[0]).strip(),
                            columns[1] == null ? 0 : ((Number) columns[1]).intValue(),
                            (String) columns[2],
                            columns[3] == null ? null : ((Number) columns[3]).longValue());
                });
    }
}
