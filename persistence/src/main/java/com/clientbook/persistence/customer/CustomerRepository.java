package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's customers. Every read takes the vendor's id, so one vendor's query can never return another
 * vendor's relationship.
 */
@Dependent
public class CustomerRepository extends Repository {

    /**
     * Up to this many matches, a list page is sorted from the matches; above, read in the order of an index
     * (migrations V5, V6). Sorting 10,000 rows takes a few milliseconds; walking a sort index for a filter that few
     * rows pass reads a great many rows per row it keeps.
     */
    static final int SORT_MATCHES_UP_TO = 10_000;

    private int sortMatchesUpTo = SORT_MATCHES_UP_TO;

    protected CustomerRepository() {
    }

    public CustomerRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** With another bound between the two ways to a page, so a test with few customers can take either. */
    CustomerRepository(EntityManager entityManager, int sortMatchesUpTo) {
        super(entityManager);
        this.sortMatchesUpTo = sortMatchesUpTo;
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
        if (query.updatedSince() != null) {
            where.append(" and r.updatedAt >= :updatedSince");
            parameters.put("updatedSince", query.updatedSince());
        }

        // PostgreSQL keeps an inner join even when nothing reads the company: the count of a large vendor's list
        // only joins the companies when a filter looks at them (the benchmark measured the difference).
        boolean filtersCompany = query.name() != null || query.city() != null || query.text() != null || query.registered() != null;
        String countFrom = filtersCompany ? where.toString() : where.toString().replace(" join r.customer c", "");
        TypedQuery<Long> count = entityManager.createQuery("select count(r)" + countFrom, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        long first = (long) query.page() * query.size();
        if (first >= total) {
            return new Page<>(List.of(), query.page(), query.size(), total);
        }

        // Two ways to one page, and the count just told which is cheap. Few matches (a filter that finds a handful,
        // a small vendor): read them through the filters' indexes and sort them. Many: walk an index in list order
        // and stop after the page. PostgreSQL cannot tell the two apart itself, because it cannot know how many
        // names contain "krone hu": it guessed thousands and walked a million companies in name order for 44 rows.
        boolean inIndexOrder = total > sortMatchesUpTo;
        TypedQuery<CustomerRelationship> select = entityManager.createQuery(
                "select r" + where + " order by " + query.sort().orderBy(query.ascending(), inIndexOrder), CustomerRelationship.class);
        parameters.forEach(select::setParameter);
        select.setHint("eclipselink.join-fetch", "r.customer");
        // the labels of the whole page in one more query, not one per row
        select.setHint("eclipselink.batch", "r.labels");
        select.setHint("eclipselink.batch.type", "IN");
        select.setFirstResult((int) first);
        select.setMaxResults(query.size());
        return new Page<>(select.getResultList(), query.page(), query.size(), total);
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
