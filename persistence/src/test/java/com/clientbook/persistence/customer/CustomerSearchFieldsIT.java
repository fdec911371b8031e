package com.clientbook.persistence.customer;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the count of a vendor's customers the database keeps (V44) stays exact; the relationship's copy of the searchable customer fields (V43) stays what the company and the
 * relationship say through every change, and the list's cursor pages through a vendor's list in its order, ties
 * included, without skipping or repeating a row, in each of the three ways to a page, and never beyond the vendor.
 */
class CustomerSearchFieldsIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private static long vendorId;
    private static long otherVendorId;

    /**
     * The vendor's eleven customers: names with ties ("Gasthof Krone" three times), cities with ties and without
     * one, numbers and none, added one minute apart. The other vendor has customers with the same names.
     */
    @BeforeAll
    static void aVendorWithTiesAndAnotherVendor() {
        database.runInTransaction(em -> {
            Company vendor = vendor(em);
            Company other = vendor(em);
            String[][] rows = {
                    {"Gasthof Krone", "Graz", "K-3"}, {"Gasthof Krone", "Wien", null}, {"Bäckerei Adler", null, "A-1"},
                    {"Gasthof Krone", "Graz", "k-2"}, {"Café Central", "Wien", "C-9"}, {"Zum Hirschen", null, null},
                    {"Alpenhof", "Graz", "B-5"}, {"Gasthof Post", "Salzburg", "G-7"}, {"Hotel Krone", "Linz", null},
                    {"Metzgerei Graz", "Innsbruck", "M-4"}, {"Alpenhof", "Bregenz", "B-6"}};
            for (int i = 0; i < rows.length; i++) {
                customer(em, vendor, rows[i][0], rows[i][1], rows[i][2], T0.plusSeconds(60L * i));
            }
            customer(em, other, "Gasthof Krone", "Graz", "X-1", T0);
            customer(em, other, "Aaron Krone", "Graz", "X-2", T0);
            vendorId = vendor.id();
            otherVendorId = other.id();
        });
    }

    @Test
    void theCopyFollowsCreateRenameMoveNumberAndRelink() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            Company second = vendor(em);
            CustomerRelationship first = customer(em, vendor, "Gasthof Sonne", "Graz", "S-1", T0);
            CustomerRelationship other = new CustomerRepository(em).add(
                    new CustomerRelationship(second, first.customer(), RelationshipOrigin.CREATED, null, T0));
            em.flush();
            return new long[]{vendor.id(), first.id(), second.id(), other.id(), first.customer().id()};
        });
        assertEquals(List.of("gasthof sonne", "graz", "gasthof sonne\u001fs-1\u001fsonne@example.test\u001fgraz"),
                fields(ids[1]));

        // the company renamed, moved and given another e-mail: the copy at both of its vendors
        database.runInTransaction(em -> em.find(Company.class, ids[4]).correctAsVendor("Hotel Mond", "mond@example.test",
                null, new Address(null, null, "Linz", "AT"), T0.plusSeconds(1)));
        assertEquals(List.of("hotel mond", "linz", "hotel mond\u001fs-1\u001fmond@example.test\u001flinz"), fields(ids[1]));
        assertEquals(List.of("hotel mond", "linz", "hotel mond\u001fmond@example.test\u001flinz"), fields(ids[3]));

        // a new customer number: the relationship's own row
        database.runInTransaction(em -> new CustomerRepository(em).get(ids[0], ids[1]).assignCustomerNumber("N-77", T0.plusSeconds(2)));
        assertEquals("hotel mond\u001fn-77\u001fmond@example.test\u001flinz", fields(ids[1]).get(2));
        assertEquals(List.of("Hotel Mond"), names(ids[0], query(CustomerSort.COMPANY_NAME, true).withText("n-77")));

        // the city taken away: the list filters and sorts without it
        database.runInTransaction(em -> em.find(Company.class, ids[4]).correctAsVendor("Hotel Mond", null, null,
                Address.empty(), T0.plusSeconds(3)));
        assertEquals(List.of("hotel mond", "", "hotel mond\u001fn-77"), fields(ids[1]));
        assertEquals(List.of(), names(ids[0], query(CustomerSort.COMPANY_NAME, true).withText("linz")));

        // unlinked and linked again: the new row is filled when it is written
        database.runInTransaction(em -> new CustomerRepository(em).remove(new CustomerRepository(em).get(ids[2], ids[3])));
        long relinked = database.inTransaction(em -> {
            CustomerRelationship again = new CustomerRepository(em).add(new CustomerRelationship(
                    em.find(Company.class, ids[2]), em.find(Company.class, ids[4]), RelationshipOrigin.LINKED, "R-1", T0));
            em.flush();
            return again.id();
        });
        assertEquals(List.of("hotel mond", "", "hotel mond\u001fr-1"), fields(relinked));
        assertEquals(List.of("Hotel Mond"), names(ids[2], query(CustomerSort.COMPANY_NAME, true).withText("mond")));
    }

    @Test
    void filtersReadTheCopyAndStillLeaveBannedCustomersOut() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            CustomerRelationship banned = customer(em, vendor, "Gasthof Bann", "Graz", null, T0);
            customer(em, vendor, "Gasthof Frei", "Graz", null, T0);
            banned.ban("unpaid", null, false, "test", T0);
            return new long[]{vendor.id()};
        });
        CustomerQuery gasthof = new CustomerQuery("GASTHOF", null, "graz", CustomerSort.COMPANY_NAME, true, 0, 50)
                .on(LocalDate.of(2026, 3, 2));
        assertEquals(List.of("Gasthof Frei"), names(ids[0], gasthof));
        assertEquals(List.of("Gasthof Bann"), names(ids[0], gasthof.withBans(CustomerQuery.BanFilter.BANNED)));
        assertEquals(2, list(ids[0], gasthof.withBans(CustomerQuery.BanFilter.ALL), null, repository()).totalItems());
    }

    @Test
    void theCountOfAllOfAVendorsCustomersIsKeptExactThroughAddsRemovalsAndBans() {
        long vendor = database.inTransaction(em -> {
            Company v = vendor(em);
            customer(em, v, "Eins", "Graz", null, T0);
            customer(em, v, "Zwei", "Graz", null, T0);
            customer(em, v, "Drei", "Wien", null, T0);
            return v.id();
        });
        CustomerQuery all = query(CustomerSort.COMPANY_NAME, true).on(LocalDate.of(2026, 3, 2));
        assertEquals(3, count(vendor, all));

        // several in one statement (as an import writes them), one removed, one banned, in one transaction
        database.runInTransaction(em -> {
            em.createNativeQuery("insert into customer_relationship (id, vendor_id, customer_id, origin, created_at, updated_at, version)"
                    + " select nextval('customer_relationship_seq'), ?1, c.id, 'CREATED', now(), now(), 0 from company c"
                    + " where c.kind = 'CUSTOMER' and not exists (select 1 from customer_relationship r"
                    + " where r.vendor_id = ?1 and r.customer_id = c.id) order by c.id limit 4")
                    .setParameter(1, vendor).executeUpdate();
            CustomerRepository repository = new CustomerRepository(em);
            List<CustomerRelationship> rows = repository.list(vendor, all).items();
            repository.remove(rows.get(0));
            rows.get(1).ban("unpaid", null, false, "test", T0);
        });
        long inTable = database.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from customer_relationship where vendor_id = ?1").setParameter(1, vendor).getSingleResult()).longValue());
        assertEquals(6, inTable);
        assertEquals(5, count(vendor, all), "all less the banned one");
        assertEquals(6, count(vendor, all.withBans(CustomerQuery.BanFilter.ALL)));
        assertEquals(1, count(vendor, all.withBans(CustomerQuery.BanFilter.BANNED)));
        assertEquals(5, list(vendor, all, null, repository()).totalItems());
    }

    @Test
    void anImportsBulkInsertBringsTheCopyAndTheDerivedColumnsAsTheTriggerWouldAndKeepsTheCount() {
        long[] ids = database.inTransaction(em -> {
            Company vendor = vendor(em);
            Company other = vendor(em);
            CustomerRelationship elsewhere = customer(em, other, "Gasthof Linde", "Wels", "L-1", T0);
            em.flush();
            CustomerBulkWriter bulk = new CustomerBulkWriter(em);
            List<Long> companies = bulk.allocate("company_seq", 2);
            List<Long> users = bulk.allocate("app_user_seq", 2);
            List<Long> relationships = bulk.allocate("customer_relationship_seq", 3);
            String tag = UUID.randomUUID().toString().substring(0, 8);
            bulk.createCustomers(vendor.id(), List.of(
                    new NewCustomerRow(companies.get(0), users.get(0), relationships.get(0), UUID.randomUUID().toString(),
                            "Hotel Stern", "stern-" + tag + "@example.test", null, null, null, "Graz", "AT", "de", null,
                            null, "ST-1", List.of()),
                    new NewCustomerRow(companies.get(1), users.get(1), relationships.get(1), UUID.randomUUID().toString(),
                            "Café Mond", "mond-" + tag + "@example.test", null, null, null, null, "AT", "de", null, null,
                            null, List.of())), T0);
            bulk.addRelationships(vendor.id(), RelationshipOrigin.LINKED, List.of(new CustomerChange(relationships.get(2),
                    elsewhere.customer().id(), "Li-9", List.of(), null, null, null, null, null, null, null)), T0);
            return new long[]{vendor.id(), relationships.get(0), relationships.get(1), relationships.get(2)};
        });
        assertEquals("hotel stern", fields(ids[1]).get(0));
        assertEquals("graz", fields(ids[1]).get(1));
        assertTrue(fields(ids[1]).get(2).startsWith("hotel stern\u001fst-1\u001fstern-"), fields(ids[1]).get(2));
        assertEquals(List.of("café mond", "", fields(ids[2]).get(2)), fields(ids[2]));
        assertEquals(List.of("gasthof linde", "wels", "gasthof linde\u001fli-9\u001flinde@example.test\u001fwels"),
                fields(ids[3]));
        for (int i = 1; i <= 3; i++) {
            long id = ids[i];
            // every derived column as the row trigger (V48) computes it for an insert that leaves them out
            boolean same = database.inTransaction(em -> (Boolean) em.createNativeQuery("select r.search_name = lower(c.name)"
                    + " and r.search_city is not distinct from lower(c.city)"
                    + " and r.search_text = customer_search_text(c.name, r.customer_number, c.email, c.city)"
                    + " and r.route_stops = customer_route_stops(r.vendor_id, r.customer_id)"
                    + " and r.delivery_days = customer_delivery_days(r.vendor_id, r.customer_id)"
                    + " and r.last_order_at is not distinct from (select max(o.placed_at) from customer_order o"
                    + "   where o.vendor_id = r.vendor_id and o.customer_id = r.customer_id)"
                    + " and r.first_order_at is not distinct from (select min(o.placed_at) from customer_order o"
                    + "   where o.vendor_id = r.vendor_id and o.customer_id = r.customer_id)"
                    + " from customer_relationship r join company c on c.id = r.customer_id where r.id = ?1")
                    .setParameter(1, id).getSingleResult());
            assertTrue(same, "relationship " + id);
        }
        assertEquals(3, count(ids[0], query(CustomerSort.COMPANY_NAME, true).on(LocalDate.of(2026, 3, 2))));
    }

    @Test
    void aTextWithTheCopysSeparatorIsAskedOfEachFieldAlone() {
        CustomerQuery spanning = new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, 50)
                .withText("krone\u001fgraz").on(LocalDate.of(2026, 3, 2));
        assertEquals(List.of(), names(vendorId, spanning), "no single field holds the separator");
        assertEquals(0, count(vendorId, spanning));
    }

    private static long count(long vendor, CustomerQuery query) {
        return database.inTransaction(em -> new CustomerRepository(em).count(vendor, query));
    }

    @Test
    void cursorsWalkEachSortInItsOrderWithTiesNullsAndBothDirections() {
        for (CustomerSort sort : List.of(CustomerSort.COMPANY_NAME, CustomerSort.CITY, CustomerSort.CUSTOMER_NUMBER,
                CustomerSort.CREATED_AT)) {
            for (boolean ascending : List.of(true, false)) {
                CustomerQuery all = query(sort, ascending);
                List<Long> expected = ids(list(vendorId, all, null, repository()));
                assertEquals(11, expected.size());
                for (int[] way : ways()) {
                    assertEquals(expected, walk(query(sort, ascending, 3), way), sort + (ascending ? " asc" : " desc"));
                }
            }
        }
    }

    @Test
    void aCursorKeepsTheFiltersAndTheWholeListsCount() {
        CustomerQuery krone = query(CustomerSort.COMPANY_NAME, true, 2).withText("krone");
        for (int[] way : ways()) {
            Page<CustomerRelationship> first = list(vendorId, krone, null, way);
            assertEquals(4, first.totalItems());
            CustomerCursor after = CustomerCursor.after(first.items().get(1), CustomerSort.COMPANY_NAME, true);
            Page<CustomerRelationship> second = list(vendorId, krone, after, way);
            assertEquals(4, second.totalItems());
            assertEquals(List.of("Gasthof Krone", "Hotel Krone"), second.items().stream().map(r -> r.customer().name()).toList());
        }
    }

    @Test
    void anotherVendorsCursorShowsOnlyTheCallersOwnRows() {
        Page<CustomerRelationship> theirs = list(otherVendorId, query(CustomerSort.COMPANY_NAME, true, 1), null, repository());
        CustomerCursor theirCursor = CustomerCursor.after(theirs.items().get(0), CustomerSort.COMPANY_NAME, true);
        for (int[] way : ways()) {
            List<Long> rows = ids(list(vendorId, query(CustomerSort.COMPANY_NAME, true), theirCursor, way));
            List<Long> own = ids(list(vendorId, query(CustomerSort.COMPANY_NAME, true), null, way));
            assertFalse(rows.isEmpty());
            assertTrue(own.containsAll(rows), "only the vendor's own customers");
        }
    }

    @Test
    void aCursorOfAnotherSortIsRefusedAndTheTextFormRoundTrips() {
        Page<CustomerRelationship> page = list(vendorId, query(CustomerSort.CITY, true, 1), null, repository());
        CustomerCursor cursor = CustomerCursor.after(page.items().get(0), CustomerSort.CITY, true);
        assertEquals(cursor, CustomerCursor.decode(cursor.encode()));
        assertThrows(IllegalArgumentException.class,
                () -> list(vendorId, query(CustomerSort.COMPANY_NAME, true), cursor, repository()));
        assertThrows(IllegalArgumentException.class, () -> CustomerCursor.decode("not a cursor"));
        assertThrows(IllegalArgumentException.class, () -> CustomerCursor.decode(""));
        CustomerCursor created = new CustomerCursor(CustomerSort.CREATED_AT, false, T0, 42);
        assertEquals(created, CustomerCursor.decode(created.encode()));
        CustomerCursor noCity = new CustomerCursor(CustomerSort.CITY, true, null, 7);
        assertNull(CustomerCursor.decode(noCity.encode()).value());
    }

    /** The whole list, page after page, each read after the cursor of the one before. */
    private static List<Long> walk(CustomerQuery query, int[] way) {
        List<Long> seen = new ArrayList<>();
        CustomerCursor after = null;
        for (int pages = 0; pages < 20; pages++) {
            Page<CustomerRelationship> page = list(vendorId, query, after, way);
            seen.addAll(ids(page));
            if (page.items().size() < query.size()) {
                return seen;
            }
            after = CustomerCursor.after(page.items().get(page.items().size() - 1), query.sort(), query.ascending());
        }
        throw new AssertionError("the cursor did not reach the end");
    }

    /** The three ways to a page: few matches by id, the matches sorted, an index walked in list order. */
    private static List<int[]> ways() {
        return List.of(new int[]{500, 10_000}, new int[]{0, 10_000}, new int[]{0, 0});
    }

    private static int[] repository() {
        return new int[]{CustomerRepository.FEW_MATCHES, CustomerRepository.SORT_MATCHES_UP_TO};
    }

    private static Page<CustomerRelationship> list(long vendor, CustomerQuery query, CustomerCursor after, int[] way) {
        return database.inTransaction(em -> {
            CustomerRepository repository = new CustomerRepository(em, way[0], way[1]);
            return repository.list(vendor, query, repository.count(vendor, query), after);
        });
    }

    private static List<Long> ids(Page<CustomerRelationship> page) {
        return page.items().stream().map(CustomerRelationship::id).toList();
    }

    private static List<String> names(long vendor, CustomerQuery query) {
        return list(vendor, query, null, repository()).items().stream().map(r -> r.customer().name()).toList();
    }

    private static CustomerQuery query(CustomerSort sort, boolean ascending) {
        return query(sort, ascending, 50);
    }

    private static CustomerQuery query(CustomerSort sort, boolean ascending, int size) {
        return new CustomerQuery(null, null, null, sort, ascending, 0, size);
    }

    /** search_name, search_city (empty when null) and search_text of a relationship, as the database keeps them. */
    private static List<String> fields(long relationshipId) {
        return database.inTransaction(em -> {
            Object[] row = (Object[]) em.createNativeQuery("select search_name, coalesce(search_city, ''), search_text"
                    + " from customer_relationship where id = ?1").setParameter(1, relationshipId).getSingleResult();
            return List.of((String) row[0], (String) row[1], (String) row[2]);
        });
    }

    private static Company vendor(EntityManager em) {
        return new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
    }

    private static CustomerRelationship customer(EntityManager em, Company vendor, String name, String city, String number,
                                                 Instant added) {
        String email = name.toLowerCase().replaceAll("^.* ", "") + "@example.test";
        Company company = new CompanyRepository(em).add(Company.customer(name, email, null,
                new Address(null, null, city, "AT"), Instant.now()));
        return new CustomerRepository(em).add(new CustomerRelationship(vendor, company, RelationshipOrigin.CREATED, number, added));
    }
}
