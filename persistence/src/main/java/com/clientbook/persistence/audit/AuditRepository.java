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

    /**
     * A vendor's history of one customer, newest first: the relationship's events, and those of the access requests
     * the company made of the vendor before (asked, rejected with a reason, asked again).
     */
    public List<AuditEvent> historyOfCustomer(long relationshipId, long vendorId, long customerCompanyId) {
        return entityManager.createNamedQuery(AuditEvent.FIND_BY_RELATIONSHIP_AND_REQUESTS, AuditEvent.class)
                .setParameter("relationshipId", relationshipId)
                .setParameter("vendorId", vendorId)
                .setParameter("customerId", customerCompanyId)
                .getResultList();
    }

    public List<AuditEvent> historyOfRelationship(long relationshipId) {
        return entityManager.createNamedQuery(AuditEvent.FIND_BY_RELATIONSHIP, AuditEvent.class)
                .setParameter("relationshipId", relationshipId)
                .getResultList();
    }
}
