package com.clientbook.persistence.accessrequest;

import com.clientbook.domain.accessrequest.AccessRequest;
import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customer companies' requests to vendors. A request whose company is the vendor's customer by now (linked or invited
 * meanwhile) is no longer "open" or "rejected" for the vendor's lists and counts: the relationship says where the
 * customer stands.
 */
@Dependent
public class AccessRequestRepository extends Repository {

    private static final String NOT_CUSTOMER_YET = " and not exists (select r.id from CustomerRelationship r"
            + " where r.vendor = a.vendor and r.customer = a.customer)";

    protected AccessRequestRepository() {
    }

    public AccessRequestRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public AccessRequest add(AccessRequest request) {
        entityManager.persist(request);
        return request;
    }

    /** The one request of this customer company to this vendor, whatever its status. */
    public Optional<AccessRequest> findByPair(long vendorId, long customerCompanyId) {
        return entityManager.createNamedQuery(AccessRequest.FIND_BY_PAIR, AccessRequest.class)
                .setParameter("vendorId", vendorId)
                .setParameter("customerId", customerCompanyId)
                .getResultStream()
                .findFirst();
    }

    /** A request to this vendor; another vendor's is "not found". */
    public AccessRequest getForVendor(long vendorId, long requestId) {
        return entityManager.createNamedQuery(AccessRequest.FIND_FOR_VENDOR, AccessRequest.class)
                .setParameter("vendorId", vendorId)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Access request", requestId));
    }

    /** The customer company's requests, newest first. */
    public List<AccessRequest> forCustomer(long customerCompanyId) {
        return entityManager.createNamedQuery(AccessRequest.FIND_FOR_CUSTOMER, AccessRequest.class)
                .setParameter("customerId", customerCompanyId)
                .getResultList();
    }

    /** The vendor's requests with this status whose company is not its customer yet (the menu badge for OPEN). */
    public long count(long vendorId, AccessRequestStatus status) {
        return count(vendorId, status, null);
    }

    /**
     * As {@link #count(long, AccessRequestStatus)}, of those that reached the status at or after {@code since}
     * (requested, or decided), when it is given: the dashboard's moves of the last 7 and 30 days.
     */
    public long count(long vendorId, AccessRequestStatus status, Instant since) {
        TypedQuery<Long> count = entityManager.createQuery("select count(a) from AccessRequest a where a.vendor.id = :vendorId"
                        + " and a.status = :status" + NOT_CUSTOMER_YET + since(status, since), Long.class)
                .setParameter("vendorId", vendorId)
                .setParameter("status", status);
        if (since != null) {
            count.setParameter("since", since);
        }
        return count.getSingleResult();
    }

    /**
     * {@link #count(long, AccessRequestStatus, Instant)} of each status, and of each status since each of the
     * instants, in one statement (the dashboard's funnel and its moves of the last 7 and 30 days): per status, the
     * count and then one count per instant, in the instants' order.
     */
    public Map<AccessRequestStatus, List<Long>> count(long vendorId, List<AccessRequestStatus> statuses, List<Instant> sinces) {
        StringBuilder columns = new StringBuilder();
        for (int s = 0; s < statuses.size(); s++) {
            String status = " a.status = :status" + s;
            columns.append(s == 0 ? "" : ",").append(" sum(case when").append(status).append(" then 1 else 0 end)");
            for (int i = 0; i < sinces.size(); i++) {
                columns.append(", sum(case when").append(status)
                        .append(reachedSince(statuses.get(s), "since" + i)).append(" then 1 else 0 end)");
            }
        }
        Query count = entityManager.createQuery("select" + columns + " from AccessRequest a where a.vendor.id = :vendorId"
                + NOT_CUSTOMER_YET).setParameter("vendorId", vendorId);
        for (int s = 0; s < statuses.size(); s++) {
            count.setParameter("status" + s, statuses.get(s));
        }
        for (int i = 0; i < sinces.size(); i++) {
            count.setParameter("since" + i, sinces.get(i));
        }
        Object result = count.getSingleResult();
        Object[] row = result instanceof Object[] values ? values : new Object[]{result};
        Map<AccessRequestStatus, List<Long>> counts = new EnumMap<>(AccessRequestStatus.class);
        int column = 0;
        for (AccessRequestStatus status : statuses) {
            List<Long> ofStatus = new ArrayList<>();
            for (int i = 0; i <= sinces.size(); i++) {
                Object value = row[column++];
                ofStatus.add(value == null ? 0 : ((Number) value).longValue());
            }
            counts.put(status, ofStatus);
        }
        return counts;
    }

    /** The condition "reached the status at or after :since": an open request by when it was made, others decided. */
    private static String since(AccessRequestStatus status, Instant since) {
        return since == null ? "" : reachedSince(status, "since");
    }

    private static String reachedSince(AccessRequestStatus status, String parameter) {
        return (status == AccessRequestStatus.OPEN ? " and a.requestedAt >= :" : " and a.decidedAt >= :") + parameter;
    }

    /**
     * One page of the vendor's requests with this status whose company is not its customer yet, newest first;
     * {@code companyName}, when given, is a case-insensitive "contains" on the requesting company's name.
     */
    public Page<AccessRequest> list(long vendorId, AccessRequestStatus status, String companyName, int page, int size) {
        return list(vendorId, status, companyName, null, page, size);
    }

    /** As above, of those that reached the status at or after {@code since} when it is given (see {@link #count}). */
    public Page<AccessRequest> list(long vendorId, AccessRequestStatus status, String companyName, Instant since, int page,
                                    int size) {
        String where = " from AccessRequest a join a.customer c where a.vendor.id = :vendorId and a.status = :status"
                + NOT_CUSTOMER_YET + (companyName == null ? "" : " and lower(c.name) like :name escape '\\'")
                + since(status, since);
        TypedQuery<Long> count = entityManager.createQuery("select count(a)" + where, Long.class);
        TypedQuery<AccessRequest> select = entityManager.createQuery(
                "select a" + where + " order by a.requestedAt desc, a.id desc", AccessRequest.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            query.setParameter("vendorId", vendorId);
            query.setParameter("status", status);
            if (since != null) {
                query.setParameter("since", since);
            }
            if (companyName != null) {
                query.setParameter("name", "%" + companyName.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        select.setHint("eclipselink.join-fetch", "a.customer");
        select.setHint("eclipselink.batch", "a.requestedBy");
        select.setFirstResult(page * size);
        select.setMaxResults(size);
        return new Page<>(select.getResultList(), page, size, count.getSingleResult());
    }
}
