package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.user.UserRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The customer list's filters beyond the column ones: free text, label, no number yet, status, changed since. */
class CustomerListFiltersIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final Instant EARLY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATE = Instant.parse("2026-06-01T00:00:00Z");

    private static long vendorId;

    /** One vendor's four customers, and another vendor's customer that matches every filter. */
    @BeforeAll
    static void aVendorWithLabelledCustomersAndAnotherVendor() {
        database.runInTransaction(em -> {
            Company vendor = vendor(em);
            customer(em, vendor, "Café Central", "cafe@central.example", "Wien", "K-100", List.of("Vienna", "VIP"), EARLY);
            customer(em, vendor, "Bäckerei Huber", "office@huber.example", "Graz", null, List.of("vip"), LATE);
            CustomerRelationship kitchen = customer(em, vendor, "Kitchen Nord", "kitchen@nord.example", "Linz", "Z-9", List.of(), LATE);
            customer(em, vendor, "Gasthof Post", "post@gasthof.example", "Salzburg", null, List.of("Tourism"), EARLY);
            User cook = new UserRepository(em).add(new User(kitchen.customer(), Role.CUSTOMER_ADMIN,
                    "cook-" + UUID.randomUUID() + "@nord.example", "Kim", "Cook", EARLY));
            cook.setPassword("hash");
            customer(em, vendor(em), "Central VIP Vienna", "other@central.example", "Wien", null, List.of("VIP"), LATE);
            vendorId = vendor.id();
        });
    }

    @Test
    void freeTextFindsNameNumberEmailAndCity() {
        assertEquals(List.of("Café Central"), names(query().withText("centr")));
        assertEquals(List.of("Kitchen Nord"), names(query().withText("z-9")));
        assertEquals(List.of("Bäckerei Huber"), names(query().withText("HUBER.example")));
        assertEquals(List.of("Gasthof Post"), names(query().withText("salz")));
    }

    @Test
    void labelMatchesExactlyAndCaseInsensitively() {
        assertEquals(List.of("Bäckerei Huber", "Café Central"), names(query().withLabel(" Vip ")));
        assertEquals(List.of(), names(query().withLabel("vi")));
    }

    @Test
    void customersWithoutNumberCanBeListedAlone() {
        assertEquals(List.of("Bäckerei Huber", "Gasthof Post"), names(query().withoutCustomerNumber(true)));
    }

    @Test
    void registeredMeansAPersonWithAnActiveAccount() {
        assertEquals(List.of("Kitchen Nord"), names(query().withRegistered(true)));
        assertEquals(List.of("Bäckerei Huber", "Café Central", "Gasthof Post"), names(query().withRegistered(false)));
    }

    @Test
    void changedSinceListsOldestChangeFirst() {
        var changed = list(query().withUpdatedSince(LATE.minusSeconds(1)));
        assertEquals(List.of("Bäckerei Huber", "Kitchen Nord"), names(changed));
        assertEquals(2, changed.totalItems());
    }

    @Test
    void labelsAreReadBackSorted() {
        var cafe = list(query().withText("cafe@")).items().get(0);
        assertEquals(List.of("Vienna", "VIP"), cafe.labels());
    }

    private static CustomerQuery query() {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, 50);
    }

    private static com.clientbook.domain.shared.Page<CustomerRelationship> list(CustomerQuery query) {
        return database.inTransaction(em -> {
            var page = new CustomerRepository(em).list(vendorId, query);
            page.items().forEach(r -> r.labels().size());
            return page;
        });
    }

    private static List<String> names(CustomerQuery query) {
        return names(list(query));
    }

    private static List<String> names(com.clientbook.domain.shared.Page<CustomerRelationship> page) {
        return page.items().stream().map(r -> r.customer().name()).toList();
    }

    private static Company vendor(EntityManager em) {
        return new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
    }

    private static CustomerRelationship customer(EntityManager em, Company vendor, String name, String email, String city,
                                                 String number, List<String> labels, Instant changed) {
        Company company = new CompanyRepository(em).add(Company.customer(name, email,
                null, new Address(null, null, city, "AT"), Instant.now()));
        CustomerRelationship relationship = new CustomerRelationship(vendor, company, RelationshipOrigin.CREATED, number, EARLY);
        relationship.replaceLabels(labels, changed);
        if (labels.isEmpty()) {
            relationship.assignCustomerNumber(number, changed);
        }
        return new CustomerRepository(em).add(relationship);
    }
}
