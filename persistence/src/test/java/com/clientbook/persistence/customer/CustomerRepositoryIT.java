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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    /** A vendor with four customers, and another vendor whose customer would match most of the list's filters. */
    private static long listVendorId;

    @BeforeAll
    static void aVendorWithFourCustomersAndAnotherVendor() {
        database.runInTransaction(em -> {
            Company vendor = vendor(em);
            customer(em, vendor, "Café Central", "Wien", "K-100");
            customer(em, vendor, "Bäckerei Huber", "Graz", "K-200");
            customer(em, vendor, "Central Kitchen", "Linz", "X-300");
            customer(em, vendor, "Zum Goldenen Hirschen", "Wiener Neustadt", null);
            customer(em, vendor(em), "Central Perk", "Wien", "K-100");
            listVendorId = vendor.id();
        });
    }

    @Test
    void customerNumberIsUniquePerVendorOnly() {
        List<Long> vendorIds = database.inTransaction(em -> {
            Company someCustomer = company(em, "Gasthaus Post", "Salzburg");
            Company first = vendor(em);
            Company second = vendor(em);
            new CustomerRepository(em).add(relationship(first, someCustomer, "A-1"));
            new CustomerRepository(em).add(relationship(second, someCustomer, "A-1"));
            return List.of(first.id(), second.id());
        });

        for (long vendorId : vendorIds) {
            assertEquals("Gasthaus Post", database.inTransaction(em -> new CustomerRepository(em)
                    .findByCustomerNumber(vendorId, "A-1").orElseThrow().customer().name()), "each vendor has its own A-1");
        }
    }

    @Test
    void numbersThatDifferOnlyInBlanksAndCaseCollideAtOneVendor() {
        long vendorId = database.inTransaction(em -> {
            Company vendor = vendor(em);
            customer(em, vendor, "Hotel Sacher", "Wien", "A-1");
            return vendor.id();
        });

        PersistenceException refused = assertThrows(PersistenceException.class, () -> database.runInTransaction(em ->
                customer(em, em.find(Company.class, vendorId), "Hotel Imperial", "Wien", " a-1 ")));

        assertTrue(rootMessage(refused).contains("customer_relationship_number_uq"), rootMessage(refused));
    }

    @Test
    void customerNumberIsFoundTrimmedAndWhateverItsCase() {
        long vendorId = database.inTransaction(em -> {
            Company vendor = vendor(em);
            customer(em, vendor, "Kantine Nord", "Hamburg", "Ab-12");
            return vendor.id();
        });

        database.runInTransaction(em -> {
            var found = new CustomerRepository(em).findByCustomerNumber(vendorId, "  aB-12 ");
            assertEquals("Kantine Nord", found.orElseThrow().customer().name());
        });
    }

    @Test
    void aCompanyPairIsLinkedAtMostOnce() {
        PersistenceException refused = assertThrows(PersistenceException.class, () -> database.runInTransaction(em -> {
            Company vendor = vendor(em);
            Company customer = company(em, "Mensa Süd", "München");
            CustomerRepository customers = new CustomerRepository(em);
            customers.add(relationship(vendor, customer, "M-1"));
            customers.add(relationship(vendor, customer, "M-2"));
        }));

        assertTrue(rootMessage(refused).contains("customer_relationship_pair_uq"), rootMessage(refused));
    }

    @Test
    void findingAnotherVendorsCustomerFindsNothing() {
        long[] ids = database.inTransaction(em -> {
            Company owner = vendor(em);
            Company other = vendor(em);
            CustomerRelationship relationship = customer(em, owner, "Bistro Blau", "Bern", null);
            return new long[] {owner.id(), other.id(), relationship.id()};
        });

        database.runInTransaction(em -> {
            CustomerRepository customers = new CustomerRepository(em);
            assertTrue(customers.find(ids[0], ids[2]).isPresent());
            assertTrue(customers.find(ids[1], ids[2]).isEmpty());
        });
    }

    @Test
    void listNeverShowsAnotherVendorsCustomers() {
        assertEquals(List.of("Bäckerei Huber", "Café Central", "Central Kitchen", "Zum Goldenen Hirschen"),
                names(list(null, null, null, CustomerSort.COMPANY_NAME, true, 0, 50)));
    }

    @Test
    void listFiltersByNameCaseInsensitively() {
        assertEquals(List.of("Café Central", "Central Kitchen"), names(list("CENTRAL", null, null, CustomerSort.COMPANY_NAME, true, 0, 50)));
    }

    @Test
    void listFiltersByCustomerNumberCaseInsensitively() {
        assertEquals(List.of("Café Central", "Bäckerei Huber"), names(list(null, "k-", null, CustomerSort.CUSTOMER_NUMBER, true, 0, 50)));
    }

    @Test
    void listFiltersByCityCaseInsensitively() {
        assertEquals(List.of("Café Central", "Zum Goldenen Hirschen"), names(list(null, null, "wien", CustomerSort.COMPANY_NAME, true, 0, 50)));
    }

    @Test
    void listCombinesFilters() {
        assertEquals(List.of("Café Central"), names(list("central", "100", "WIEN", CustomerSort.COMPANY_NAME, true, 0, 50)));
    }

    @Test
    void wildcardsInAFilterAreTakenLiterally() {
        assertEquals(List.of(), names(list("%", null, null, CustomerSort.COMPANY_NAME, true, 0, 50)));
        assertEquals(List.of(), names(list("_", null, null, CustomerSort.COMPANY_NAME, true, 0, 50)));
    }

    @Test
    void listSortsDescendingWithoutNumberLast() {
        assertEquals(List.of("Central Kitchen", "Bäckerei Huber", "Café Central", "Zum Goldenen Hirschen"),
                names(list(null, null, null, CustomerSort.CUSTOMER_NUMBER, false, 0, 50)));
    }

    @Test
    void listSortsByCity() {
        assertEquals(List.of("Bäckerei Huber", "Central Kitchen", "Café Central", "Zum Goldenen Hirschen"),
                names(list(null, null, null, CustomerSort.CITY, true, 0, 50)));
    }

    @Test
    void listPagesAndCountsAllMatches() {
        Page<CustomerRelationship> first = list(null, null, null, CustomerSort.COMPANY_NAME, false, 0, 3);
        Page<CustomerRelationship> second = list(null, null, null, CustomerSort.COMPANY_NAME, false, 1, 3);

        assertEquals(List.of("Zum Goldenen Hirschen", "Central Kitchen", "Café Central"), names(first));
        assertEquals(List.of("Bäckerei Huber"), names(second));
        assertEquals(4, first.totalItems());
        assertEquals(4, second.totalItems());
    }

    private static Page<CustomerRelationship> list(String name, String number, String city, CustomerSort sort,
                                                   boolean ascending, int page, int size) {
        return database.inTransaction(em -> new CustomerRepository(em)
                .list(listVendorId, new CustomerQuery(name, number, city, sort, ascending, page, size)));
    }

    private static List<String> names(Page<CustomerRelationship> page) {
        return page.items().stream().map(r -> r.customer().name()).toList();
    }

    private static Company vendor(EntityManager em) {
        return new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
    }

    private static Company company(EntityManager em, String name, String city) {
        return new CompanyRepository(em).add(Company.customer(name, null, null, new Address(null, null, city, "AT"), Instant.now()));
    }

    private static CustomerRelationship customer(EntityManager em, Company vendor, String name, String city, String number) {
        return new CustomerRepository(em).add(relationship(vendor, company(em, name, city), number));
    }

    private static CustomerRelationship relationship(Company vendor, Company customer, String number) {
        return new CustomerRelationship(vendor, customer, RelationshipOrigin.CREATED, number, Instant.now());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
