package com.clientbook.persistence.operations;

import com.clientbook.persistence.shared.JdbcRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

/**
 * Locks that the servers of one installation share through PostgreSQL (transaction-scoped advisory locks), for the
 * few things that must happen once however many servers start at the same moment.
 */
@Dependent
public class ServerLocks extends JdbcRepository {

    /** Creating the first platform administrator and the demo data at start-up. */
    public static final long START_UP = 0x436c69656e74L;

    protected ServerLocks() {
    }

    public ServerLocks(EntityManager entityManager) {
        super(entityManager);
    }

    /** Waits until no other server holds {@code key}, then holds it until the current transaction ends. */
    public void holdUntilCommit(long key) {
        sql(c -> list(c, "select pg_advisory_xact_lock(?)", r -> 1, key));
    }
}
