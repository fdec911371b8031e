package com.clientbook.services.customer;

import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.audit.VendorHistoryQuery;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vendor-wide history inside Payara Micro on PostgreSQL: all changes to all of a vendor's customers (unlinked
 * ones included), filtered by person, kind and period, and never another vendor's.
 */
@ExtendWith(ArquillianExtension.class)
class VendorHistoryIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    VendorHistoryService history;

    @Inject
    CustomerService customers;

    @Inject
    TestData data;

    @Test
    void aVendorReadsAllChangesToAllItsCustomersFilteredAndNeverAnotherVendorsEntries() {
        Actor vendor = data.newVendorAdmin();
        Actor staff = data.newVendorStaff(vendor.companyId());
        Actor other = data.newVendorAdmin();
        CustomerView first = add(vendor, "First");
        CustomerView second = add(vendor, "Second");
        CustomerView foreign = add(other, "Foreign");
        customers.changeLabels(staff, first.id(), List.of("Spring"), null);
        customers.changeLabels(other, foreign.id(), List.of("Theirs"), null);
        customers.unlink(vendor, second.id(), null);

        List<VendorHistoryEntry> all = history.history(vendor, query(null, null, null, null, null)).items();

        assertTrue(all.stream().noneMatch(e -> foreign.id() == (e.customerId() == null ? -1 : e.customerId())),
                "another vendor's customer is not in it");
        assertTrue(all.stream().anyMatch(e -> e.customerId() == first.id() && "labels".equals(e.entry().field())
                && "Spring".equals(e.entry().newValue())));
        assertTrue(all.stream().anyMatch(e -> e.customerId() == second.id() && "CUSTOMER_UNLINKED".equals(e.entry().action())),
                "an unlinked customer's history stays in the vendor's");
        assertEquals(second.companyName(), all.get(0).customerName(), "newest first, named by the customer company");

        List<VendorHistoryEntry> byStaff = history.history(vendor, query(staff.label().substring(0, 4).toUpperCase(), null, null,
                null, null)).items();
        assertTrue(!byStaff.isEmpty() && byStaff.stream().allMatch(e -> e.entry().actor().equals(staff.label())), byStaff.toString());
        List<VendorHistoryEntry> labelChanges = history.history(vendor, query(null, "CHANGED", "labels", null, null)).items();
        assertEquals(1, labelChanges.size());
        Instant now = Instant.now();
        assertEquals(0, history.history(vendor, query(null, null, null, now.plus(1, ChronoUnit.HOURS), null)).totalItems());
        assertEquals(all.size(), history.history(vendor, query(null, null, null, now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.HOURS))).totalItems());
        assertTrue(history.kinds(vendor).contains(new HistoryKind("CHANGED", "labels")));
        assertTrue(history.kinds(vendor).contains(new HistoryKind("CUSTOMER_UNLINKED", null)));

        List<VendorHistoryEntry> theirs = history.history(other, query(null, null, null, null, null)).items();
        assertTrue(theirs.stream().allMatch(e -> e.customerId() == foreign.id()), "vendor B sees only its own customer");
        assertTrue(history.history(data.newVendorAdmin(), query(null, null, null, null, null)).items().isEmpty());
        assertThrows(NotPermittedException.class, () -> history.history(data.newCustomerAdmin("C " + UUID.randomUUID()),
                query(null, null, null, null, null)));
    }

    private static VendorHistoryQuery query(String person, String action, String field, Instant from, Instant until) {
        return new VendorHistoryQuery(person, action, field, from, until, 0, 200);
    }

    private CustomerView add(Actor vendor, String name) {
        String unique = UUID.randomUUID().toString();
        return customers.add(vendor, new NewCustomer(name + " " + unique, "info-" + unique + "@history.example", "Kim",
                "Kunde", null, "Ring 1", "1010", "Wien", "AT", null, false));
    }
}
