package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.domain.shared.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list has three ways to a page (read a few matches by id, sort the matches, or walk an index in list order;
 * how many match chooses, see {@link CustomerRepository#list}). Whichever it takes, every sort column and direction
 * gives the same rows in the same order, page after page, with ties (same names, same cities, no number) settled
 * the same way, and the same count.
 */
class CustomerListOrderIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final String[] NAMES = {"Gasthof Krone", "gasthof krone", "Adler", "Zum Löwen", "Café Central"};
    private static final String[] CITIES = {"Wien", "graz", null, "Linz"};

    private static long vendorId;

    /** 23 customers with repeating names and cities, some without city or number, added over time. */
    @BeforeAll
    static void aVendorWithTies() {
        database.runInTransaction(em -> {
            Company vendor = new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 23; i++) {
                Company company = new CompanyRepository(em).add(Company.customer(NAMES[i % NAMES.length],
                        "c" + i + "-" + UUID.randomUUID() + "@order.example", null,
                        new Address(null, null, CITIES[i % CITIES.length], "AT"), start));
                String number = i % 3 == 0 ? null : (i % 2 == 0 ? "k-" : "K-") + (i % 7) + "-" + i;
                new CustomerRepository(em).add(new CustomerRelationship(vendor, company, RelationshipOrigin.CREATED,
                        number, start.plusSeconds(i / 2 * 60L)));
            }
            vendorId = vendor.id();
        });
    }

    @Test
    void sortingTheMatchesAndWalkingAnIndexGiveTheSameListPageByPage() {
        for (CustomerSort sort : CustomerSort.values()) {
            for (boolean ascending : new boolean[]{true, false}) {
                String order = sort + (ascending ? " asc" : " desc");
                List<Long> byId = everyPage(sort, ascending, 100, 0);
                List<Long> sorted = everyPage(sort, ascending, 0, Integer.MAX_VALUE);
                List<Long> walked = everyPage(sort, ascending, 0, 0);
                assertEquals(23, byId.size(), order);
                assertEquals(byId, sorted, order);
                assertEquals(byId, walked, order);
            }
        }
    }

    @Test
    void companyColumnsSettleTiesByCompanyAndNullsComeLast() {
        List<Long> byCity = everyPage(CustomerSort.CITY, false, 0, 0);
        List<CustomerRelationship> all = database.inTransaction(em -> new CustomerRepository(em)
                .list(vendorId, new CustomerQuery(null, null, null, CustomerSort.CITY, false, 0, 50)).items());
        assertEquals(byCity, all.stream().map(CustomerRelationship::id).toList());
        List<String> cities = all.stream().map(r -> r.customer().address().city()).toList();
        assertEquals(null, cities.get(cities.size() - 1));
        assertEquals("Wien", cities.get(0));
        for (int i = 1; i < all.size(); i++) {
            Company before = all.get(i - 1).customer();
            Company after = all.get(i).customer();
            if (java.util.Objects.equals(before.address().city(), after.address().city())) {
                assertEquals(true, before.id() > after.id(), "descending ties by company id, descending");
            }
        }
    }

    /** Every row of the list, read three at a time, with the given bounds between the ways to a page. */
    private static List<Long> everyPage(CustomerSort sort, boolean ascending, int fewMatches, int sortMatchesUpTo) {
        return database.inTransaction(em -> {
            List<Long> ids = new ArrayList<>();
            CustomerRepository repository = new CustomerRepository(em, fewMatches, sortMatchesUpTo);
            for (int page = 0; ; page++) {
                CustomerQuery query = new CustomerQuery(null, null, null, sort, ascending, page, 3);
                Page<CustomerRelationship> rows = page % 2 == 0 ? repository.list(vendorId, query)
                        : repository.list(vendorId, query, repository.count(vendorId, query));
                assertEquals(23, rows.totalItems());
                if (rows.items().isEmpty()) {
                    return ids;
                }
                rows.items().forEach(r -> ids.add(r.id()));
            }
        });
    }
}
