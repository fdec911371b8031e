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

    /** A customer company's own history of which vendors listed it, stopped, or were disconnected; the latest first. */
    public List<AuditEvent> vendorLinksOf(long customerCompanyId) {
        return entityManager.createQuery("select e from AuditEvent e where e.companyId = :companyId"
                        + " and e.vendorId is not null order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("companyId", customerCompanyId)
                .getResultList();
    }

    public List<AuditEvent> historyOfRelationship(long relationshipId) {
        return entityManager.createNamedQuery(AuditEvent.FIND_BY_RELATIONSHIP, AuditEvent.class)
                .setParameter("relationshipId", relationshipId)
                .getResultList();
    }
}
