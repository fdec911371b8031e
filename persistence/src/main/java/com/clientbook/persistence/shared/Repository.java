package com.clientbook.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What every repository shares: the persistence context. Repositories are CDI beans in the server
 * and plain objects over a given {@link EntityManager} in the repository tests.
 */
public abstract class Repository {

    @PersistenceContext(unitName = "clientbook")
    protected EntityManager entityManager;

    protected Repository() {
        // for CDI
    }

    protected Repository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes pending changes now, so constraint violations surface here rather than at commit. */
    public void flush() {
        entityManager.flush();
    }
}
