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
    CustomerLinkService links;

    @Inject
    TestData data;

    @Inject
    com.clientbook.services.accessrequest.AccessRequestService requests;

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

    @Test
    void accessRequestsAskedRejectedAndApprovedAreInTheVendorsHistoryAndNotInAnotherVendorsNorInWhoListedUs() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        data.listVendor(other.companyId(), true);
        Actor customer = data.newCustomerAdmin("Asking " + UUID.randomUUID());
        var first = requests.requestAccess(customer, vendor.companyId(), "We run three cafés");
        requests.reject(vendor, first.id(), "Not in our area");
        var second = requests.requestAccess(customer, vendor.companyId(), "We moved");
        CustomerView approved = requests.approve(vendor, second.id(), null);
        requests.requestAccess(customer, other.companyId(), "And you?");

        List<VendorHistoryEntry> all = history.history(vendor, query(null, null, null, null, null)).items();

        List<String> actions = all.stream().map(e -> e.entry().action()).toList();
        assertEquals(List.of("ACCESS_APPROVED", "ACCESS_REQUESTED", "ACCESS_REJECTED", "ACCESS_REQUESTED"), actions,
                "newest first, each event of the journey once");
        assertTrue(all.stream().allMatch(e -> e.customerId() != null && e.customerId() == approved.id()),
                "the request's events lead to the customer it became: " + all);
        assertTrue(all.stream().anyMatch(e -> "Not in our area".equals(e.entry().newValue())), "the reason is kept");
        assertEquals(1, history.history(vendor, query(null, "ACCESS_REJECTED", null, null, null)).totalItems());
        assertTrue(history.kinds(vendor).contains(new HistoryKind("ACCESS_REQUESTED", null)));
        List<VendorHistoryEntry> theirs = history.history(other, query(null, null, null, null, null)).items();
        assertEquals(List.of("ACCESS_REQUESTED"), theirs.stream().map(e -> e.entry().action()).toList(),
                "the other vendor reads only the request made of it");
        assertEquals(null, theirs.get(0).customerId(), "not its customer: no link");
        assertTrue(requests.myVendors(customer).size() == 1);
        assertEquals(List.of("VENDOR_LINKED"), links.vendorLinkHistory(customer).stream().map(VendorLinkEntry::action).toList(),
                "the company's own history of who listed it holds no request events");
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
