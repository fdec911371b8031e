package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vendor's customers. Every read takes the vendor's id, so one vendor's query can never return another
 * vendor's relationship.
 */
@Dependent
public class CustomerRepository extends Repository {

    protected CustomerRepository() {
    }

    public CustomerRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public CustomerRelationship add(CustomerRelationship relationship) {
        entityManager.persist(relationship);
        return relationship;
    }

    /**
     * Ends the relationship by deleting its row. The companies, their people and the relationship's audit events
     * (which name it by id, without a foreign key) stay; so do the unique pair and number indexes, unchanged.
     */
    public void remove(CustomerRelationship relationship) {
        entityManager.remove(relationship);
    }

    public Optional<CustomerRelationship> find(long vendorId, long relationshipId) {
        return entityManager.createNamedQuery(CustomerRelationship.FIND_BY_VENDOR_AND_ID, CustomerRelationship.class)
                .setParameter("vendorId", vendorId)
                .setParameter("id", relationshipId)
                .getResultStream()
                .findFirst();
    }

    public CustomerRelationship get(long vendorId, long relationshipId) {
        return find(vendorId, relationshipId).orElseThrow(() -> new NotFoundException("Customer", relationshipId));
    }

    public Optional<CustomerRelationship> findByCustomerNumber(long vendorId, String customerNumber) {
        String comparable = CustomerRelationship.comparableCustomerNumber(customerNumber);
        if (comparable == null) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(CustomerRelationship.FIND_BY_VENDOR_AND_NUMBER, CustomerRelationship.class)
                .setParameter("vendorId", vendorId)
                .setParameter("number", comparable)
                .getResultStream()
                .findFirst();
    }

    public Optional<CustomerRelationship> findByCustomerCompany(long vendorId, long customerCompanyId) {
        return entityManager.createNamedQuery(CustomerRelationship.FIND_BY_VENDOR_AND_CUSTOMER, CustomerRelationship.class)
                .setParameter("vendorId", vendorId)
                .setParameter("customerId", customerCompanyId)
                .getResultStream()
                .findFirst();
    }

    /** The vendors a customer company is connected with, by vendor name: what the customer's portal lists. */
    public List<CustomerRelationship> forCustomerCompany(long customerCompanyId) {
        return entityManager.createQuery("select r from CustomerRelationship r join fetch r.vendor v"
                        + " where r.customer.id = :customerId order by lower(v.name), r.id", CustomerRelationship.class)
                .setParameter("customerId", customerCompanyId)
                .getResultList();
    }

    /** One page of the vendor's customers, filtered and sorted in the database. */
    public Page<CustomerRelationship> list(long vendorId, CustomerQuery query) {
        StringBuilder where = new StringBuilder(" from CustomerRelationship r join r.customer c where r.vendor.id = :vendorId");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("vendorId", vendorId);
        contains(where, parameters, "lower(c.name)", "name", query.name());
        contains(where, parameters, "lower(r.customerNumber)", "customerNumber", query.customerNumber());
        contains(where, parameters, "lower(c.address.city)", "city", query.city());
        if (query.text() != null) {
            where.append(" and (lower(c.name) like :text escape '\\' or lower(r.customerNumber) like :text escape '\\'"
                    + " or lower(c.email) like :text escape '\\' or lower(c.address.city) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.label() != null) {
            // JPQL cannot apply lower() to an element of a collection of strings; EclipseLink's SQL() says it in SQL,
            // in the shape customer_label_uq and customer_label_label_idx serve
            where.append(" and sql('exists (select 1 from customer_label cl where cl.relationship_id = ? and lower(cl.label) = ?)',"
                    + " r.id, :label)");
            parameters.put("label", query.label().toLowerCase(Locale.ROOT));
        }
        if (query.withoutCustomerNumber()) {
            where.append(" and r.customerNumber is null");
        }
        if (query.registered() != null) {
            where.append(query.registered() ? " and exists" : " and not exists");
            where.append(" (select u.id from User u where u.company = c and u.status = com.clientbook.domain.user.UserStatus.ACTIVE)");
        }
        if (query.invited() != null) {
            // pending = not accepted, not revoked, not expired; expiry is judged now, by the database's clock
            where.append(query.invited() ? " and exists" : " and not exists");
            where.append(" (select i.id from Invitation i where i.relationship = r and i.acceptedAt is null"
                    + " and i.revokedAt is null and i.expiresAt > CURRENT_TIMESTAMP)");
        }
        if (query.updatedSince() != null) {
            where.append(" and r.updatedAt >= :updatedSince");
            parameters.put("updatedSince", query.updatedSince());
        }
        if (query.bans() != CustomerQuery.BanFilter.ALL) {
            // a ban is in force unless its last day (banned_until, a UTC date) has passed: decided here, at read time
            where.append(query.bans() == CustomerQuery.BanFilter.BANNED
                    ? " and r.bannedAt is not null and (r.bannedUntil is null or r.bannedUntil >= :today)"
                    : " and (r.bannedAt is null or r.bannedUntil < :today)");
            parameters.put("today", query.today() != null ? query.today() : LocalDate.now(ZoneOffset.UTC));
        }
        if (query.ordered() != null) {
            // customer_order is the anchor of the orders to come (V9); it has no entity yet, so SQL() says it in SQL
            where.append(query.ordered() ? " and" : " and not");
            where.append(" sql('exists (select 1 from customer_order o where o.vendor_id = ? and o.customer_id = ?)',"
                    + " r.vendor.id, r.customer.id)");
        }

        // PostgreSQL keeps an inner join even when nothing reads the company: the count of a large vendor's list
        // only joins the companies when a filter looks at them (the benchmark measured the difference).
        boolean filtersCompany = query.name() != null || query.city() != null || query.text() != null || query.registered() != null;
        String countFrom = filtersCompany ? where.toString() : where.toString().replace(" join r.customer c", "");
        TypedQuery<Long> count = entityManager.createQuery("select count(r)" + countFrom, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();

        String direction = query.ascending() ? " asc" : " desc";
        TypedQuery<CustomerRelationship> select = entityManager.createQuery(
                "select r" + where + " order by " + query.sort().path() + direction + " nulls last, r.id" + direction,
                CustomerRelationship.class);
        parameters.forEach(select::setParameter);
        select.setHint("eclipselink.join-fetch", "r.customer");
        // the labels of the whole page in one more query, not one per row
        select.setHint("eclipselink.batch", "r.labels");
        select.setHint("eclipselink.batch.type", "IN");
        select.setFirstResult(query.page() * query.size());
        select.setMaxResults(query.size());
        return new Page<>(select.getResultList(), query.page(), query.size(), total);
    }

    /** Of the given customer companies, those that have ordered from the vendor (a row in {@code customer_order}). */
    public Set<Long> companiesWithOrders(long vendorId, Collection<Long> customerCompanyIds) {
        if (customerCompanyIds.isEmpty()) {
            return Set.of();
        }
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = customerCompanyIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        List<?> ids = entityManager.createNativeQuery("select distinct customer_id from customer_order"
                        + " where vendor_id = ?1 and customer_id in (" + in + ")")
                .setParameter(1, vendorId)
                .getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    /**
     * How many of the vendor's customers stand at each step of the funnel that the relationship decides: ordered
     * (a row in {@code customer_order}), else registered (a person with an active account), else prospect. Banned
     * customers count at their step: a ban is shown beside the status, not instead of it.
     */
    public FunnelCounts funnel(long vendorId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select count(*) filter (where ordered),"
                        + " count(*) filter (where not ordered and registered),"
                        + " count(*) filter (where not ordered and not registered)"
                        + " from (select exists (select 1 from customer_order o"
                        + "                      where o.vendor_id = r.vendor_id and o.customer_id = r.customer_id) as ordered,"
                        + "              exists (select 1 from app_user u"
                        + "                      where u.company_id = r.customer_id and u.status = 'ACTIVE') as registered"
                        + "       from customer_relationship r where r.vendor_id = ?1) steps")
                .setParameter(1, vendorId)
                .getSingleResult();
        return new FunnelCounts(((Number) row[2]).longValue(), ((Number) row[1]).longValue(), ((Number) row[0]).longValue());
    }

    /** The vendor's customers per step of the funnel that relationships decide. */
    public record FunnelCounts(long prospects, long registered, long ordered) {
    }

    private static void contains(StringBuilder where, Map<String, Object> parameters, String path, String name, String value) {
        if (value != null) {
            where.append(" and ").append(path).append(" like :").append(name).append(" escape '\\'");
            parameters.put(name, "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
