package com.clientbook.persistence.audit;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.List;

@Dependent
public class AuditRepository extends Repository {

    protected AuditRepository() {
    }

    public AuditRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public void record(AuditEvent event) {
        entityManager.persist(event);
    }

    public List<AuditEvent> historyOfRelationship(long relationshipId) {
        return entityManager.createNamedQuery(AuditEvent.FIND_BY_RELATIONSHIP, AuditEvent.class)
                .setParameter("relationshipId", relationshipId)
                .getResultList();
    }

    /** What was done to one route, newest first. */
    public List<AuditEvent> historyOfRoute(long routeId) {
        return entityManager.createNamedQuery(AuditEvent.FIND_BY_ROUTE, AuditEvent.class)
                .setParameter("routeId", routeId)
                .getResultList();
    }
}
