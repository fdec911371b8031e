package com.clientbook.persistence.audit;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.audit.VendorHistoryQuery;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Dependent
public class AuditRepository extends Repository {

    /**
     * Which of a vendor's events the vendor-wide history shows: a relationship's and an access request's, not the
     * customer company's own "who listed us" entries. Said exactly as audit_event_vendor_history_idx (V23) is partial.
     */
    private static final String VENDOR_HISTORY = "(a.relationship_id is not null or a.access_request_id is not null)";

    protected AuditRepository() {
    }

    public AuditRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public void record(AuditEvent event) {
        entityManager.persist(event);
    }

    /**
     * A customer company's own history of which vendors listed it, stopped, or were disconnected; the latest first.
     * Only the entries written for the customer (no relationship id, no access request): the relationship's own events
     * carry the vendor too (V20 sets it on every insert) but are the vendor's, with its numbers, labels and bans; those
     * of an access request carry it for the vendor-wide history (V23).
     */
    public List<AuditEvent> vendorLinksOf(long customerCompanyId) {
        return entityManager.createQuery("select e from AuditEvent e where e.companyId = :companyId"
                        + " and e.vendorId is not null and e.relationshipId is null and e.accessRequestId is null"
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("companyId", customerCompanyId)
                .getResultList();
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

    /** What was done to one route, newest first. */
    public List<AuditEvent> historyOfRoute(long routeId) {
        return entityManager.createNamedQuery(AuditEvent.FIND_BY_ROUTE, AuditEvent.class)
                .setParameter("routeId", routeId)
                .getResultList();
    }

    /**
     * One page of the vendor's history: every event about any of its customers (those unlinked since included) and
     * about the access requests companies made of it (asked, rejected; the approval is the relationship's first event),
     * newest first, with the count of all that match. {@code vendor_id} is set by the database on every insert of a
     * relationship's event (migration V20) and by the access request's event itself (V23 placed the older ones), so the
     * vendor is part of every read: another vendor's events are never in it.
     */
    public com.clientbook.domain.shared.Page<VendorHistoryRow> vendorHistory(long vendorId, VendorHistoryQuery query) {
        StringBuilder where = new StringBuilder(" from audit_event a left join company c on c.id = a.company_id"
                + " where a.vendor_id = ?1 and " + VENDOR_HISTORY);
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        parameters.put(1, vendorId);
        if (query.person() != null) {
            parameters.put(parameters.size() + 1, "%" + query.person().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" and lower(a.actor) like ?").append(parameters.size());
        }
        if (query.action() != null) {
            parameters.put(parameters.size() + 1, query.action());
            where.append(" and a.action = ?").append(parameters.size());
        }
        if (query.field() != null) {
            parameters.put(parameters.size() + 1, query.field());
            where.append(" and a.field = ?").append(parameters.size());
        }
        if (query.from() != null) {
            parameters.put(parameters.size() + 1, Timestamp.from(query.from()));
            where.append(" and a.occurred_at >= ?").append(parameters.size());
        }
        if (query.until() != null) {
            parameters.put(parameters.size() + 1, Timestamp.from(query.until()));
            where.append(" and a.occurred_at < ?").append(parameters.size());
        }
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        // an access request's event names no relationship: once the company is the vendor's customer, it is the one
        Query select = entityManager.createNativeQuery("select a.id, coalesce(a.relationship_id, (select r.id"
                + " from customer_relationship r where r.vendor_id = a.vendor_id and r.customer_id = a.company_id)),"
                + " a.company_id, c.name, a.actor,"
                + " a.action, a.field, a.old_value, a.new_value, a.occurred_at" + where
                + " order by a.occurred_at desc, a.id desc limit " + query.size() + " offset " + ((long) query.page() * query.size()));
        parameters.forEach((position, value) -> {
            count.setParameter(position, value);
            select.setParameter(position, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<VendorHistoryRow> rows = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new VendorHistoryRow(((Number) c[0]).longValue(), c[1] == null ? null : ((Number) c[1]).longValue(),
                    c[2] == null ? null : ((Number) c[2]).longValue(), (String) c[3], (String) c[4], (String) c[5],
                    (String) c[6], (String) c[7], (String) c[8], instant(c[9])));
        }
        return new com.clientbook.domain.shared.Page<>(rows, query.page(), query.size(), total);
    }

    /** The kinds of change in the vendor's history, for its filter: each action, and for "CHANGED" each field. */
    public List<String[]> vendorHistoryKinds(long vendorId) {
        List<String[]> kinds = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("select distinct a.action,"
                        + " case when a.action = 'CHANGED' then a.field end from audit_event a where a.vendor_id = ?1 and " + VENDOR_HISTORY
                        + " order by 1, 2")
                .setParameter(1, vendorId).getResultList()) {
            Object[] c = (Object[]) row;
            kinds.add(new String[] {(String) c[0], (String) c[1]});
        }
        return kinds;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Not a point in time: " + value);
    }
}
