package com.clientbook.services.bulk;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.BanService;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewBan;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer list's bulk actions inside Payara Micro on PostgreSQL: each does to every customer what the single
 * action does, reports each refused customer with its reason, and leaves another vendor's customers untouched
 * ("not found"). Every test makes its own vendors.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerBulkIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    CustomerBulkService bulk;

    @Inject
    CustomerService customers;

    @Inject
    CustomerLinkService links;

    @Inject
    BanService bans;

    @Inject
    TestData data;

    @Test
    void aLabelIsAddedToAndRemovedFromTheVendorsOwnCustomersOnlyAndAnotherVendorsIdIsNotFound() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        CustomerView first = add(vendor, "First");
        CustomerView second = add(vendor, "Second");
        CustomerView foreign = add(other, "Foreign");

        BulkResult added = bulk.addLabel(vendor, List.of(first.id(), second.id(), foreign.id()), "  Spring tour ");

        assertEquals(2, added.done());
        assertEquals(1, added.refused().size());
        BulkResult.Refusal refusal = added.refused().get(0);
        assertEquals(foreign.id(), refusal.customerId());
        assertEquals("error.notFound", refusal.reasonKey());
        assertNull(refusal.companyName(), "another vendor's customer is not named");
        assertEquals(List.of("Spring tour"), customers.get(vendor, first.id()).labels());
        assertEquals(List.of("Spring tour"), customers.get(vendor, second.id()).labels());
        assertEquals(List.of(), customers.get(other, foreign.id()).labels(), "another vendor's customer is unchanged");
        assertEquals("CHANGED", data.historyOf(first.id()).get(0), "the change is in the customer's history");

        BulkResult removed = bulk.removeLabel(vendor, List.of(first.id(), second.id()), "SPRING TOUR");

        assertEquals(new BulkResult(2, List.of()), removed);
        assertEquals(List.of(), customers.get(vendor, first.id()).labels());
        assertThrows(InvalidInputException.class, () -> bulk.addLabel(vendor, List.of(first.id()), " "));
        assertThrows(InvalidInputException.class, () -> bulk.addLabel(vendor, List.of(), "Empty"));
    }

    @Test
    void inviteInvitesProspectsAndRefusesTheRegisteredThePendingAndThoseWithoutAddress() {
        Actor vendor = data.newVendorAdmin();
        CustomerView prospect = add(vendor, "Prospect");
        CustomerView unreachable = add(vendor, "Unreachable");
        data.withoutAnyAddress(unreachable.companyId());
        CustomerView registered = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(data.newCustomerAdmin("Registered " + UUID.randomUUID()).companyId()), null));
        CustomerView foreign = add(data.newVendorAdmin(), "Foreign");

        int mailsBefore = data.mailTo(prospect.email()).size();

        BulkResult result = bulk.invite(vendor, List.of(prospect.id(), unreachable.id(), registered.id(), foreign.id()), false);

        assertEquals(1, result.done());
        assertEquals(List.of("invitation.noAddress", "invitation.alreadyCustomer", "error.notFound"),
                result.refused().stream().map(BulkResult.Refusal::reasonKey).toList());
        assertEquals(unreachable.companyName(), result.refused().get(0).companyName());
        assertEquals(CustomerStatus.INVITED, customers.get(vendor, prospect.id()).status());
        assertTrue(data.historyOf(prospect.id()).contains("INVITATION_SENT"));
        assertEquals(mailsBefore + 1, data.mailTo(prospect.email()).size(), "the invitation e-mail is in the outbox");

        BulkResult again = bulk.invite(vendor, List.of(prospect.id()), false);
        assertEquals(0, again.done());
        assertEquals("invitation.pending", again.refused().get(0).reasonKey());
    }

    @Test
    void staffSeeUnlinkRefusedForEachCustomerWhileAnAdminUnlinksAllButTheBanned() {
        Actor admin = data.newVendorAdmin();
        Actor staff = data.newVendorStaff(admin.companyId());
        CustomerView kept = add(admin, "Kept");
        CustomerView banned = add(admin, "Banned");
        bans.ban(admin, banned.id(), new NewBan("Unpaid", null, false));
        CustomerView foreign = add(data.newVendorAdmin(), "Foreign");

        BulkResult byStaff = bulk.unlink(staff, List.of(kept.id(), banned.id()));
        assertEquals(0, byStaff.done());
        assertEquals(List.of("error.notPermitted", "error.notPermitted"),
                byStaff.refused().stream().map(BulkResult.Refusal::reasonKey).toList());
        assertEquals(1, data.relationshipsBetween(admin.companyId(), kept.companyId()), "staff unlinked nothing");

        BulkResult byAdmin = bulk.unlink(admin, List.of(kept.id(), banned.id(), foreign.id()));

        assertEquals(1, byAdmin.done());
        assertEquals(List.of("customer.unlinkBanned", "error.notFound"),
                byAdmin.refused().stream().map(BulkResult.Refusal::reasonKey).toList());
        assertEquals(0, data.relationshipsBetween(admin.companyId(), kept.companyId()));
        assertEquals(1, data.relationshipsBetween(admin.companyId(), banned.companyId()), "the banned customer stays");
        assertEquals(1, data.relationshipsOf(foreign.companyId()), "another vendor's customer stays");
    }

    @Test
    void allThatMatchTheListsFilterAreTheVendorsOwnAndNoCustomerCannotActInBulk() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String label = "Match " + UUID.randomUUID().toString().substring(0, 8);
        CustomerView first = add(vendor, "First");
        CustomerView second = add(vendor, "Second");
        add(vendor, "Unlabelled");
        CustomerView foreign = add(other, "Foreign");
        bulk.addLabel(vendor, List.of(first.id(), second.id()), label);
        bulk.addLabel(other, List.of(foreign.id()), label);

        List<Long> matching = bulk.matchingIds(vendor, CustomerQuery.firstPage().withLabel(label));

        assertEquals(2, matching.size());
        assertTrue(matching.containsAll(List.of(first.id(), second.id())));
        Actor customer = data.newCustomerAdmin("Customer " + UUID.randomUUID());
        assertThrows(NotPermittedException.class, () -> bulk.addLabel(customer, List.of(first.id()), "Nope"));
        assertThrows(NotPermittedException.class, () -> bulk.matchingIds(customer, CustomerQuery.firstPage()));
    }

    private CustomerView add(Actor vendor, String name) {
        String unique = UUID.randomUUID().toString();
        return customers.add(vendor, new NewCustomer(name + " " + unique, "info-" + unique + "@bulk.example", "Kim", "Kunde",
                null, "Ring 1", "1010", "Wien", "AT", null, false));
    }
}
