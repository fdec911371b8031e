package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.persistence.shared.JdbcRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers written in bulk, beside {@link CustomerRepository}'s one at a time: new customer companies with their first
 * person and relationship, links, changes, labels and history, each one statement per table for a whole batch of rows
 * (PostgreSQL arrays unnested), for the import of a big file. Ids come from the same sequences EclipseLink uses.
 */
@Dependent
public class CustomerBulkWriter extends JdbcRepository {

    protected CustomerBulkWriter() {
    }

    public CustomerBulkWriter(EntityManager entityManager) {
        super(entityManager);
    }

    /** {@code count} new ids of a sequence that steps by 50, taken in whole blocks as EclipseLink takes them. */
    public List<Long> allocate(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        int blocks = (count + 49) / 50;
        List<Long> ends = sql(c -> list(c, "select nextval('" + sequence + "') from generate_series(1, ?)", r -> r.getLong(1), blocks));
        List<Long> ids = new ArrayList<>(count);
        for (long end : ends) {
            for (long id = end - 49; id <= end && ids.size() < count; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    public void createCustomers(long vendorId, List<NewCustomerRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            execute(c, "insert into company (id, kind, public_id, name, email, phone, street, "
                    + "postal_code, city, country, language, created_at, updated_at) "
                    + "select id, 'CUSTOMER', pid, n, e, p, s, pc, ci, co, la, ?, ? from unnest(?::bigint[], ?::text[], "
                    + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                    + "as x(id, pid, n, e, p, s, pc, ci, co, la)",
                    at, at, longs(c, rows, NewCustomerRow::companyId), text(c, rows, NewCustomerRow::companyPublicId),
                    text(c, rows, NewCustomerRow::name),
                    text(c, rows, NewCustomerRow::email), text(c, rows, NewCustomerRow::phone),
                    text(c, rows, NewCustomerRow::street), text(c, rows, NewCustomerRow::postalCode),
                    text(c, rows, NewCustomerRow::city), text(c, rows, NewCustomerRow::country),
                    text(c, rows, NewCustomerRow::language));
            execute(c, "insert into app_user (id, company_id, role, email, first_name, "
                    + "last_name, status, created_at) select id, cid, 'CUSTOMER_ADMIN', e, fn, ln, 'PENDING', ? "
                    + "from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as x(id, cid, e, fn, ln)",
                    at, longs(c, rows, NewCustomerRow::userId), longs(c, rows, NewCustomerRow::companyId),
                    text(c, rows, NewCustomerRow::email), text(c, rows, NewCustomerRow::firstName),
                    text(c, rows, NewCustomerRow::lastName));
            return null;
        });
        insertRelationships(vendorId, RelationshipOrigin.CREATED, rows.stream().map(r -> new CustomerChange(r.relationshipId(),
                r.companyId(), r.customerNumber(), r.labels(), null, null, null, null, null, null, null)).toList(), now, NEW_COMPANY);
    }

    /** New relationships of the vendor with existing companies (origin LINKED). */
    public void addRelationships(long vendorId, RelationshipOrigin origin, List<CustomerChange> rows, Instant now) {
        insertRelationships(vendorId, origin, rows, now, EXISTING_COMPANY);
    }

    /**
     * The derived columns of a relationship (V48: an insert that sets search_text sets them all, so the row trigger
     * that would look each of them up per row does not fire). A company created a moment ago by this batch is on no
     * route, has no delivery days and no orders yet; an existing one is asked with the functions the trigger uses.
     */
    private static final String NEW_COMPANY = "0, false, null::timestamptz, null::timestamptz";
    private static final String EXISTING_COMPANY = "customer_route_stops(p.vendor, x.cid), customer_delivery_days(p.vendor, x.cid),"
            + " (select max(o.placed_at) from customer_order o where o.vendor_id = p.vendor and o.customer_id = x.cid),"
            + " (select min(o.placed_at) from customer_order o where o.vendor_id = p.vendor and o.customer_id = x.cid)";

    /**
     * One statement for the batch's relationships, with the search copy (V43) read from the companies in the same
     * statement, as the trigger would read it per row.
     */
    private void insertRelationships(long vendorId, RelationshipOrigin origin, List<CustomerChange> rows, Instant now,
                                     String derived) {
        if (rows.isEmpty()) {
            return;
        }
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            execute(c, "insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at,"
                    + " updated_at, search_name, search_city, search_text, route_stops, delivery_days, last_order_at,"
                    + " first_order_at)"
                    + " select x.id, p.vendor, x.cid, x.nr, ?, ?, ?, lower(c.name), lower(c.city),"
                    + " customer_search_text(c.name, x.nr, c.email, c.city), " + derived
                    + " from (select ?::bigint as vendor) p cross join unnest(?::bigint[], ?::bigint[], ?::text[]) as x(id, cid, nr)"
                    + " join company c on c.id = x.cid",
                    origin.name(), at, at, vendorId, longs(c, rows, CustomerChange::relationshipId),
                    longs(c, rows, CustomerChange::companyId), text(c, rows, CustomerChange::customerNumber));
            return null;
        });
        addLabels(rows);
    }

    /** Changes customers the vendor has already: number, company values, added labels; each a new version. */
    public void changeCustomers(List<CustomerChange> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            execute(c, "update customer_relationship r set customer_number = "
                    + "coalesce(x.nr, r.customer_number), updated_at = ?, version = r.version + 1 "
                    + "from unnest(?::bigint[], ?::text[]) as x(id, nr) where r.id = x.id",
                    at, longs(c, rows, CustomerChange::relationshipId), text(c, rows, CustomerChange::customerNumber));
            List<CustomerChange> companies = rows.stream().filter(r -> r.name() != null || r.phone() != null
                    || r.street() != null || r.postalCode() != null || r.city() != null || r.country() != null
                    || r.language() != null).toList();
            if (!companies.isEmpty()) {
                execute(c, "update company c set name = coalesce(x.n, c.name), "
                        + "phone = coalesce(x.p, c.phone), street = coalesce(x.s, c.street), "
                        + "postal_code = coalesce(x.pc, c.postal_code), city = coalesce(x.ci, c.city), "
                        + "country = coalesce(x.co, c.country), language = coalesce(x.la, c.language), updated_at = ?, "
                        + "version = c.version + 1 from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::text[], ?::text[]) as x(id, n, p, s, pc, ci, co, la) where c.id = x.id",
                        at, longs(c, companies, CustomerChange::companyId), text(c, companies, CustomerChange::name),
                        text(c, companies, CustomerChange::phone), text(c, companies, CustomerChange::street),
                        text(c, companies, CustomerChange::postalCode), text(c, companies, CustomerChange::city),
                        text(c, companies, CustomerChange::country), text(c, companies, CustomerChange::language));
            }
            return null;
        });
        addLabels(rows);
    }

    private void addLabels(List<CustomerChange> rows) {
        List<Long> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (CustomerChange row : rows) {
            for (String label : row.labelsToAdd()) {
                ids.add(row.relationshipId());
                labels.add(label);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        sql(c -> {
            execute(c, "insert into customer_label (relationship_id, label) "
                    + "select id, l from unnest(?::bigint[], ?::text[]) as x(id, l) on conflict do nothing",
                    c.createArrayOf("int8", ids.toArray()), c.createArrayOf("text", labels.toArray()));
            return null;
        });
    }

    /**
     * History entries of the vendor's relationships, naming the vendor (as the audit_event_vendor trigger would fill
     * it in; V48 lets it skip entries that name it, instead of one look-up per entry).
     */
    public void addHistory(long vendorId, List<HistoryRow> rows, String actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = allocate("audit_event_seq", rows.size());
        sql(c -> {
            execute(c, "insert into audit_event (id, company_id, relationship_id, vendor_id, actor, "
                    + "action, field, old_value, new_value, occurred_at) select id, cid, rid, ?, ?, a, f, o, n, ? "
                    + "from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                    + "as x(id, cid, rid, a, f, o, n)",
                    vendorId, actor, Timestamp.from(now), c.createArrayOf("int8", ids.toArray()),
                    longs(c, rows, HistoryRow::companyId), longs(c, rows, HistoryRow::relationshipId),
                    text(c, rows, HistoryRow::action), text(c, rows, HistoryRow::field),
                    text(c, rows, r -> truncate(r.oldValue())), text(c, rows, r -> truncate(r.newValue())));
            return null;
        });
    }

    /**
     * The customer companies' own history of who listed them (an entry {@code action}, say VENDOR_LINKED, naming the
     * vendor by id and by its name then), as {@code AuditEvent.onCustomerCompanyAboutVendor} writes one at a time.
     */
    public void addVendorLinks(long vendorId, String vendorName, List<Long> companyIds, String action, String actor,
                               Instant now) {
        if (companyIds.isEmpty()) {
            return;
        }
        List<Long> ids = allocate("audit_event_seq", companyIds.size());
        sql(c -> {
            execute(c, "insert into audit_event (id, company_id, vendor_id, actor, action, field, new_value, occurred_at)"
                    + " select id, cid, ?, ?, ?, 'vendor', ?, ? from unnest(?::bigint[], ?::bigint[]) as x(id, cid)",
                    vendorId, actor, action, vendorName, Timestamp.from(now), c.createArrayOf("int8", ids.toArray()),
                    c.createArrayOf("int8", companyIds.toArray()));
            return null;
        });
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
