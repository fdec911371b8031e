package com.clientbook.services.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** What the platform tests read besides the services: stored rows the services do not show. */
@Stateless
public class PlatformTestData {

    @PersistenceContext(unitName = "clientbook")
    EntityManager entityManager;

    /** The reply-to addresses of the e-mails queued for the address, oldest first ("" for none). */
    @SuppressWarnings("unchecked")
    public List<String> replyTosOfMailsTo(String email) {
        return ((List<Object>) entityManager.createNativeQuery("select coalesce(reply_to, '') from outbox_message"
                        + " where lower(recipient) = lower(?1) order by id")
                .setParameter(1, email).getResultList()).stream().map(String::valueOf).toList();
    }

    public long vendorsNamedLike(String name) {
        return ((Number) entityManager.createNativeQuery("select count(*) from company where kind = 'VENDOR'"
                        + " and lower(name) = lower(?1)")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    public long operatorCompanies() {
        return ((Number) entityManager.createNativeQuery("select count(*) from company where platform_operator")
                .getSingleResult()).longValue();
    }

    /** A platform operator company, as PlatformAdminBootstrap makes it, for a test of the vendor list. */
    public long newOperator(String name) {
        var operator = com.clientbook.domain.company.Company.platformOperator(name, java.time.Instant.now());
        entityManager.persist(operator);
        entityManager.flush();
        return operator.id();
    }

    public void deleteOperator(long id) {
        entityManager.createNativeQuery("delete from company where id = ?1").setParameter(1, id).executeUpdate();
    }
}
