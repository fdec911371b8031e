package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customfield.CustomFieldFilter;
import com.clientbook.domain.customfield.CustomFieldType;
import com.clientbook.domain.user.UserStatus;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /**
     * Up to this many matches, their ids are fetched first and are the count, and the page is read by id: few
     * enough to send back as a list of ids in one statement.
     */
    static final int FEW_MATCHES = 500;

    private int fewMatches = FEW_MATCHES;
    private int sortMatchesUpTo = SORT_MATCHES_UP_TO;

    protected CustomerRepository() {
    }

    public CustomerRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** With other bounds between the ways to a page, so a test with few customers can take each of them. */
    CustomerRepository(EntityManager entityManager, int fewMatches, int sortMatchesUpTo) {
        super(entityManager);
        this.fewMatches = fewMatches;
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

    /** The vendors a customer company is connected with, by vendor name: what the customer's portal lists. */
    public List<CustomerRelationship> forCustomerCompany(long customerCompanyId) {
        return entityManager.createQuery("select r from CustomerRelationship r join fetch r.vendor v"
                        + " where r.customer.id = :customerId order by lower(v.name), r.id", CustomerRelationship.class)
                .setParameter("customerId", customerCompanyId)
                .getResultList();
    }

    /** One page of the vendor's customers, filtered and sorted in the database, with the count of all that match. */
    public Page<CustomerRelationship> list(long vendorId, CustomerQuery query) {
        return list(vendorId, query, count(vendorId, query));
    }

    /** How many of the vendor's customers match the query's filters (its page and sort do not matter). */
    public long count(long vendorId, CustomerQuery query) {
        if (query.bans() == CustomerQuery.BanFilter.NOT_BANNED) {
            // Those without a ban in force are all less those with one. All of a vendor's customers are counted from
            // the vendor's index alone, the banned few through customer_relationship_banned_idx (V9); asking "not
            // banned" of each row made PostgreSQL read every one of the vendor's rows (10 ms more at 100,000).
            return countOf(vendorId, query.withBans(CustomerQuery.BanFilter.ALL))
                    - countOf(vendorId, query.withBans(CustomerQuery.BanFilter.BANNED));
        }
        return countOf(vendorId, query);
    }

    private long countOf(long vendorId, CustomerQuery query) {
        Filter filter = filter(vendorId, query);
        if (filter.where().equals(UNFILTERED)) {
            // all of the vendor's customers: the count the database keeps (V44), one row instead of an index-only scan
            // of the vendor's 100,000 entries on every page
            List<?> kept = entityManager.createNativeQuery("select customers from vendor_customer_count where vendor_id = ?1")
                    .setParameter(1, vendorId).getResultList();
            return kept.isEmpty() ? 0 : ((Number) kept.get(0)).longValue();
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(r)" + filter.whereWithoutPage(), Long.class);
        filter.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * How many of the vendor's customers match each of the queries, in one statement that reads the vendor's
     * relationships once: each query's filters are the list's own conditions ({@link ListCondition}), each list's
     * count a {@code count(*) filter (where …)} of them. Issue 16's dashboard counts some twenty lists it links to
     * this way (one statement each took a second). Only for queries whose every filter is such a condition: the
     * text filters, label, one route, changed since and custom fields are JPQL alone and are refused here.
     */
    public <K> Map<K, Long> count(long vendorId, Map<K, CustomerQuery> queries) {
        if (queries.isEmpty()) {
            return Map.of();
        }
        List<Object> bind = new ArrayList<>();
        bind.add(vendorId);
        List<String> counts = new ArrayList<>();
        for (Map.Entry<K, CustomerQuery> entry : queries.entrySet()) {
            List<ListCondition> conditions = filter(vendorId, entry.getValue()).conditions();
            if (conditions == null) {
                throw new IllegalArgumentException("Not counted with others, a filter is not a list condition: " + entry.getKey());
            }
            // the row's own columns first: PostgreSQL evaluates a filter's "and" in its order, and a row that fails
            // a column's test is not looked up in the subqueries' hashes
            counts.add(conditions.isEmpty() ? "count(*)" : "count(*) filter (where "
                    + conditions.stream().sorted(Comparator.comparing(ListCondition::readsOtherTables))
                    .map(condition -> "(" + condition.sql(bind) + ")").collect(Collectors.joining(" and "))
                    + ")");
        }
        var statement = entityManager.createNativeQuery("select " + String.join(", ", counts)
                + " from customer_relationship r where r.vendor_id = ?1");
        for (int i = 0; i < bind.size(); i++) {
            statement.setParameter(i + 1, bind.get(i));
        }
        Object result = statement.getSingleResult();
        Object[] row = result instanceof Object[] columns ? columns : new Object[]{result};
        Map<K, Long> counted = new LinkedHashMap<>();
        int column = 0;
        for (K key : queries.keySet()) {
            counted.put(key, ((Number) row[column++]).longValue());
        }
        return counted;
    }

    /**
     * One page of the vendor's customers, when the caller has just counted them ({@link #count}) for the same
     * filters: the count is not asked again, and it chooses how the page is read.
     */
    public Page<CustomerRelationship> list(long vendorId, CustomerQuery query, long total) {
        return list(vendorId, query, total, null);
    }

    /**
     * The page right after the cursor ({@code null}: the query's page), when the caller has just counted the query's
     * filters: keyset paging, which reads as little for the thousandth page as for the first. With a cursor the
     * query's page number is not read; the total is still that of the whole list.
     */
    public Page<CustomerRelationship> list(long vendorId, CustomerQuery query, long total, CustomerCursor after) {
        if (after != null && !after.belongsTo(query)) {
            throw new IllegalArgumentException("The cursor belongs to another sort order");
        }
        return total <= fewMatches ? pageOf(matchingIds(vendorId, query, after), query, total, after)
                : page(vendorId, query, total, after);
    }

    /*
     * Three ways to one page, chosen by how many customers match, because PostgreSQL cannot know that itself: it
     * cannot tell how many names contain "krone hu" (it guessed thousands, and walked a million companies in name
     * order for 44 rows), nor how many of a vendor's customers pass "name, e-mail, city or number contains".
     * - A few (up to FEW_MATCHES): their ids, found through the filters' indexes; the page is then read by id, from
     *   a list of rows whose size PostgreSQL knows.
     * - Up to SORT_MATCHES_UP_TO: read the matches through the filters' indexes and sort them.
     * - More: walk an index in list order (migrations V5, V6) and stop after the page.
     */

    /**
     * The ids of the matching customers; only when the count said they are few. No "limit" to stop at many: with
     * one, PostgreSQL expected to find enough early in a plain scan of all relationships, and read all 2,000,000.
     */
    private List<Long> matchingIds(long vendorId, CustomerQuery query, CustomerCursor after) {
        Filter filter = filter(vendorId, query).after(after);
        TypedQuery<Long> ids = entityManager.createQuery("select r.id" + filter.whereWithoutPage(), Long.class);
        filter.parameters().forEach(ids::setParameter);
        return ids.getResultList();
    }

    private Page<CustomerRelationship> pageOf(List<Long> ids, CustomerQuery query, long total, CustomerCursor after) {
        long first = after != null ? 0 : (long) query.page() * query.size();
        if (first >= ids.size()) {
            return new Page<>(List.of(), query.page(), query.size(), after != null ? total : ids.size());
        }
        TypedQuery<CustomerRelationship> select = entityManager.createQuery("select r from CustomerRelationship r"
                + " join r.customer c where r.id in :ids order by " + CustomerOrder.orderBy(query.sort(), query.ascending(), false),
                CustomerRelationship.class).setParameter("ids", ids);
        return new Page<>(fetchPage(select, first, query.size()), query.page(), query.size(),
                after != null ? total : ids.size());
    }

    private Page<CustomerRelationship> page(long vendorId, CustomerQuery query, long total, CustomerCursor after) {
        long first = after != null ? 0 : (long) query.page() * query.size();
        if (first >= total) {
            return new Page<>(List.of(), query.page(), query.size(), total);
        }
        Filter filter = filter(vendorId, query).after(after);
        boolean inIndexOrder = total > sortMatchesUpTo;
        TypedQuery<CustomerRelationship> select = entityManager.createQuery(
                "select r" + filter.where() + " order by " + CustomerOrder.orderBy(query.sort(), query.ascending(), inIndexOrder),
                CustomerRelationship.class);
        filter.parameters().forEach(select::setParameter);
        return new Page<>(fetchPage(select, first, query.size()), query.page(), query.size(), total);
    }

    private static List<CustomerRelationship> fetchPage(TypedQuery<CustomerRelationship> select, long first, int size) {
        select.setHint("eclipselink.join-fetch", "r.customer");
        // the labels of the whole page in one more query, not one per row
        select.setHint("eclipselink.batch", "r.labels");
        select.setHint("eclipselink.batch.type", "IN");
        select.setFirstResult((int) first);
        select.setMaxResults(size);
        return select.getResultList();
    }

    /**
     * The query's filters as JPQL: {@code from … where …} over {@code r} (relationship) and {@code c} (company, which
     * only the page's sort reads); and when every filter is a {@link ListCondition}, those conditions (else null).
     */
    private record Filter(String where, Map<String, Object> parameters, List<ListCondition> conditions) {

        /**
         * For a count or the matching ids, which need no company column: without the join (no filter reads the
         * company; the registered filter asks for the customer company's id, the relationship's column).
         * PostgreSQL keeps an inner join even when nothing reads the joined table, and joining all of a large
         * vendor's customers to a million companies costs what the benchmark measured.
         */
        String whereWithoutPage() {
            return where.replace(" join r.customer c", "");
        }

        /**
         * Only the rows after the cursor in its order ({@code null}: all). On a column that is never null the
         * condition starts with a plain bound ({@code >=}) that PostgreSQL reads as where to start in the vendor's
         * index; the rest settles ties. A nullable column sorts its nulls last, so they come after every value.
         */
        Filter after(CustomerCursor cursor) {
            if (cursor == null) {
                return this;
            }
            String path = CustomerOrder.path(cursor.sort());
            String tie = CustomerOrder.tieBreaker(cursor.sort());
            String beyond = cursor.ascending() ? " > " : " < ";
            Map<String, Object> withCursor = new LinkedHashMap<>(parameters);
            withCursor.put("afterTie", cursor.tieBreaker());
            StringBuilder condition = new StringBuilder(" and ");
            if (cursor.value() == null) {
                condition.append(path).append(" is null and ").append(tie).append(beyond).append(":afterTie");
            } else {
                withCursor.put("afterValue", cursor.value());
                String next = "(" + path + beyond + ":afterValue or (" + path + " = :afterValue and " + tie + beyond
                        + ":afterTie))";
                if (CustomerOrder.nullable(cursor.sort())) {
                    condition.append("(").append(next).append(" or ").append(path).append(" is null)");
                } else {
                    condition.append(path).append(beyond.strip()).append("= :afterValue and ").append(next);
                }
            }
            return new Filter(where + condition, withCursor, null);
        }
    }

    /** The filter of a query that asks for all of the vendor's customers. */
    private static final String UNFILTERED = " from CustomerRelationship r join r.customer c where r.vendor.id = :vendorId";

    private static Filter filter(long vendorId, CustomerQuery query) {
        Where conditions = new Where(vendorId);
        StringBuilder where = conditions.jpql;
        Map<String, Object> parameters = conditions.parameters;
        // name, number and city are read from the relationship's own copies (V43), found through the vendor's
        // trigram index on search_text
        contains(where, parameters, "r.searchName", "name", query.name());
        contains(where, parameters, "lower(r.customerNumber)", "customerNumber", query.customerNumber());
        contains(where, parameters, "r.searchCity", "city", query.city());
        if (query.text() != null && !query.text().contains(SEPARATOR)) {
            // name, number, e-mail or city: the one text the relationship keeps of them, through the vendor's trigram
            // index (V43), which reads only the vendor's matches however many companies elsewhere contain the text
            where.append(" and r.searchText like :text escape '\\'");
            parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        } else if (query.text() != null) {
            // A text with search_text's separator, asked of each field alone, among the vendor's customers (their
            // copies of name and city, the company's e-mail, the number); nobody types the separator, and the company
            // trigram indexes this once used are gone (V48)
            where.append(" and (r.searchName like :text escape '\\' or r.searchCity like :text escape '\\'"
                    + " or lower(r.customer.email) like :text escape '\\' or lower(r.customerNumber) like :text escape '\\')");
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
            conditions.and(new ListCondition("{customer_number} is null"));
        }
        if (query.registered() != null) {
            // "in" a subquery that names no column of the row: read once (hashed) however many rows are counted
            conditions.and(query.registered(), new ListCondition("{customer_id} in (select u.company_id from app_user u"
                    + " where u.status = ?)", UserStatus.ACTIVE.name()));
        }
        if (query.invited() != null) {
            // pending = not accepted, not revoked, not expired; expiry is judged now, by the database's clock (an
            // invitation to an address that is no customer has no relationship: left out, or "not in" would be null)
            conditions.and(query.invited(), new ListCondition("{id} in (select i.relationship_id from invitation i"
                    + " where i.vendor_id = ? and i.relationship_id is not null and i.accepted_at is null"
                    + " and i.revoked_at is null and i.expires_at > current_timestamp)", vendorId));
        }
        if (query.updatedSince() != null) {
            where.append(" and r.updatedAt >= :updatedSince");
            parameters.put("updatedSince", query.updatedSince());
        }
        if (query.bans() != CustomerQuery.BanFilter.ALL) {
            // a ban is in force unless its last day (banned_until, a UTC date) has passed: decided here, at read time
            LocalDate today = query.today() != null ? query.today() : LocalDate.now(ZoneOffset.UTC);
            conditions.and(query.bans() == CustomerQuery.BanFilter.BANNED
                    ? new ListCondition("{banned_at} is not null and ({banned_until} is null or {banned_until} >= ?)", today)
                    : new ListCondition("({banned_at} is null or {banned_until} < ?)", today));
        }
        if (query.ordered() != null) {
            // an order in customer_order (any status): the first one's time, kept on the relationship by V32's trigger
            conditions.and(new ListCondition(query.ordered() ? "{first_order_at} is not null" : "{first_order_at} is null"));
        }
        if (query.route() != null && query.route().routeId() != null) {
            // a stop of the route is one of the customer company's delivery locations; the route is the vendor's own
            where.append(" and sql('exists (select 1 from route rt join route_stop s on s.route_id = rt.id"
                    + " join delivery_location l on l.id = s.delivery_location_id"
                    + " where rt.id = ? and rt.vendor_id = ? and l.company_id = ?)', :routeId, r.vendor.id, r.customer.id)");
            parameters.put("routeId", query.route().routeId());
        } else if (query.route() != null) {
            // On none of the vendor's current routes: the number the database keeps on each relationship (V23). Asked
            // as "not exists" over the routes' stops, counting 100,000 customers took 0.6-0.9 s; this is counted from
            // customer_relationship_no_route_idx, and a first page by name walks the name index as for no filter.
            conditions.and(new ListCondition("{route_stops} = 0"));
        }

        if (query.deliveryDays() != null) {
            // The dashboard's "without delivery days" and the list's filter of that name (one condition, so the count
            // and the list agree): the flag the database keeps on each relationship (V25) from the sources
            // LocationDeliveries reads. Asked as "not exists" over locations, schedules and stops, counting 100,000
            // customers took 360 ms; this is counted from customer_relationship_no_delivery_days_idx.
            // a literal, not a parameter: the partial index serves only a condition PostgreSQL sees when planning
            conditions.and(new ListCondition(query.deliveryDays() ? "{delivery_days} = true" : "{delivery_days} = false"));
        }

        dashboardLinks(conditions, vendorId, query);
        customFieldFilters(where, parameters, query);

        return conditions.filter();
    }

    /**
     * A query's filters as they are being built: the JPQL, and as long as every filter is a {@link ListCondition},
     * those conditions, which {@link #count(long, Map)} can count several lists by in one statement.
     */
    private static final class Where {
        private final StringBuilder jpql = new StringBuilder(UNFILTERED);
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final List<ListCondition> conditions = new ArrayList<>();
        /** What the JPQL would be if only the conditions had been added: while it equals the JPQL, they are all of it. */
        private final StringBuilder ofConditions = new StringBuilder(UNFILTERED);

        Where(long vendorId) {
            parameters.put("vendorId", vendorId);
        }

        void and(ListCondition condition) {
            String text = " and " + condition.jpql(parameters);
            jpql.append(text);
            ofConditions.append(text);
            conditions.add(condition);
        }

        /** The condition if {@code holds}, else its opposite. */
        void and(boolean holds, ListCondition condition) {
            and(holds ? condition : condition.negated());
        }

        Filter filter() {
            String where = jpql.toString();
            return new Filter(where, parameters, where.equals(ofConditions.toString()) ? List.copyOf(conditions) : null);
        }
    }

    /**
     * The filters the dashboard's links add (issue 16), each its own clause over the relationship alone, so the
     * dashboard's figure is this count. {@code moved}: the event that moved a customer into the step happened at or
     * after the instant: added (V6's {@code (vendor_id, created_at, id)}), an invitation of the vendor about it sent or
     * accepted (V8's {@code invitation_vendor_sent_idx}, V32's {@code invitation_vendor_accepted_idx}), its first order
     * (V32's {@code first_order_at}). {@code location}: a current (not archived) delivery location of the customer
     * company, or none.
     */
    private static void dashboardLinks(Where conditions, long vendorId, CustomerQuery query) {
        CustomerQuery.Moved moved = query.moved();
        if (moved != null) {
            // the vendor as a value, not the row's column: a subquery that names no column of the row is read once
            conditions.and(switch (moved.step()) {
                case ADDED -> new ListCondition("{created_at} >= ?", moved.since());
                case INVITED -> new ListCondition("{id} in (select mi.relationship_id from invitation mi where mi.vendor_id = ?"
                        + " and mi.sent_at >= ?)", vendorId, moved.since());
                case REGISTERED -> new ListCondition("{id} in (select mi.relationship_id from invitation mi where mi.vendor_id = ?"
                        + " and mi.accepted_at >= ?)", vendorId, moved.since());
                // first_order_at is kept by V32's trigger (customer_relationship_first_order_idx)
                case FIRST_ORDER -> new ListCondition("{first_order_at} >= ?", moved.since());
            });
        }
        if (query.location() != null) {
            conditions.and(query.location(), new ListCondition("{customer_id} in (select ml.company_id from delivery_location ml"
                    + " where ml.archived_at is null)"));
        }
    }

    /**
     * The custom field filters (issue 17), each one "exists" on custom_field_value in the shape of its indexes (V39):
     * (field_id, value, relationship_id) for equality and ranges, a trigram index on lower(text_value) for "contains".
     * Several choices are stored one a line: "has this option" is the option between line ends.
     */
    private static void customFieldFilters(StringBuilder where, Map<String, Object> parameters, CustomerQuery query) {
        int n = 0;
        for (CustomFieldFilter cf : query.customFields()) {
            String field = "cfField" + n;
            String value = "cfValue" + n;
            String from = "cfFrom" + n;
            String to = "cfTo" + n;
            n++;
            parameters.put(field, cf.fieldId());
            StringBuilder condition = new StringBuilder(" and exists (select v.id from CustomFieldValue v"
                    + " where v.relationshipId = r.id and v.fieldId = :" + field);
            String column = "v." + switch (cf.column()) {
                case "number_value" -> "numberValue";
                case "date_value" -> "dateValue";
                case "bool_value" -> "boolValue";
                default -> "textValue";
            };
            switch (cf.kind()) {
                case EQUALS -> {
                    if (cf.type() == CustomFieldType.CHOICES) {
                        condition.append(" and locate(:").append(value).append(", concat(:cfLine, lower(v.textValue), :cfLine)) > 0");
                        parameters.put(value, "\n" + cf.value() + "\n");
                        parameters.put("cfLine", "\n");
                    } else if (column.equals("v.textValue")) {
                        condition.append(" and lower(v.textValue) = :").append(value);
                        parameters.put(value, cf.value());
                    } else {
                        condition.append(" and ").append(column).append(" = :").append(value);
                        parameters.put(value, cf.value());
                    }
                }
                case CONTAINS -> {
                    condition.append(" and lower(v.textValue) like :").append(value).append(" escape '\\'");
                    parameters.put(value, "%" + escapeLike((String) cf.value()) + "%");
                }
                case RANGE -> {
                    if (cf.from() != null) {
                        condition.append(" and ").append(column).append(" >= :").append(from);
                        parameters.put(from, cf.from());
                    }
                    if (cf.to() != null) {
                        condition.append(" and ").append(column).append(" <= :").append(to);
                        parameters.put(to, cf.to());
                    }
                }
            }
            where.append(condition).append(")");
        }
    }

    /**
     * The funnel facts of each of the given relationships, at {@code now} (for the invitations' expiry), in one
     * statement: a customer read or a list page asks the database once, not once per fact. Ids that are no
     * relationship are left out.
     */
    public Map<Long, FunnelFacts> funnelFacts(Collection<Long> relationshipIds, Instant now) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = relationshipIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        // ordered: the first order's time kept by V32's trigger, as the list's "has ordered" reads it
        List<?> rows = entityManager.createNativeQuery("select r.id, r.first_order_at is not null,"
                        + " exists (select 1 from app_user u where u.company_id = r.customer_id and u.status = 'ACTIVE'),"
                        + " exists (select 1 from invitation i where i.relationship_id = r.id and i.accepted_at is null"
                        + "         and i.revoked_at is null and i.expires_at > ?1)"
                        + " from customer_relationship r where r.id in (" + in + ")")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        Map<Long, FunnelFacts> facts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            facts.put(((Number) columns[0]).longValue(),
                    new FunnelFacts((Boolean) columns[1], (Boolean) columns[2], (Boolean) columns[3]));
        }
        return facts;
    }

    /**
     * What a list export adds to the list's columns for each of the given relationships of the vendor: the customer
     * company's phone and its first person's name (the contact person the vendor entered when adding it), in one
     * statement per page. Another vendor's ids are left out.
     */
    public Map<Long, ContactFacts> contactFacts(long vendorId, Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = relationshipIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = entityManager.createNativeQuery("select r.id, c.phone,"
                        + " (select nullif(concat_ws(' ', u.first_name, u.last_name), '') from app_user u"
                        + "  where u.company_id = c.id order by u.created_at, u.id limit 1)"
                        + " from customer_relationship r join company c on c.id = r.customer_id"
                        + " where r.vendor_id = ?1 and r.id in (" + in + ")")
                .setParameter(1, vendorId)
                .getResultList();
        Map<Long, ContactFacts> facts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            facts.put(((Number) columns[0]).longValue(), new ContactFacts((String) columns[1], (String) columns[2]));
        }
        return facts;
    }

    /** A customer company's phone and the name of its first person; either may be null. */
    public record ContactFacts(String phone, String contactPerson) {
    }

    /**
     * Separates the fields in search_text (V43). A fragment without it that is in one field is in search_text; one
     * with it could span two fields there, so it is asked of the fields alone.
     */
    private static final String SEPARATOR = "\u001f";

    /**
     * "The column contains the value", for the relationship's own columns: search_text contains it too, which the
     * vendor's trigram index finds; the column then decides.
     */
    private static void contains(StringBuilder where, Map<String, Object> parameters, String path, String name, String value) {
        if (value != null) {
            if (!value.contains(SEPARATOR)) {
                where.append(" and r.searchText like :").append(name).append(" escape '\\'");
            }
            where.append(" and ").append(path).append(" like :").append(name).append(" escape '\\'");
            parameters.put(name, "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
