package com.clientbook.services.home;

import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.domain.user.Role;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.NewInvitation;
import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.services.location.LocationInput;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer's home page inside Payara Micro on PostgreSQL: its vendors and next steps (an invitation to accept, a
 * request waiting for the vendor, a delivery location to add), and never another company's.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerHomeIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    CustomerHomeService homes;

    @Inject
    CustomerLinkService links;

    @Inject
    CustomerService customers;

    @Inject
    InvitationService invitations;

    @Inject
    AccessRequestService requests;

    @Inject
    DeliveryLocationService locations;

    @Inject
    TestData data;

    @Test
    void theHomePageShowsTheVendorsAndWhatIsStillToDoOnlyForTheOwnCompany() {
        // a company the inviting vendor added and invited; one of its people signs in before accepting
        Actor inviting = data.newVendorAdmin();
        String unique = UUID.randomUUID().toString();
        CustomerView added = customers.add(inviting, new NewCustomer("Home " + unique, "home-" + unique + "@home.example",
                "Cora", "Customer", null, null, null, null, null, null, false));
        invitations.invite(inviting, new NewInvitation(added.email(), "Cora", "Customer", null, null, List.of(), false));
        Actor customer = data.newCustomerPerson(added.companyId(), Role.CUSTOMER_ADMIN);
        Actor connected = data.newVendorAdmin();
        links.link(connected, CustomerLink.byEmail(data.companyEmailOf(added.companyId()), "H-1"));
        Actor asked = data.newVendorAdmin();
        data.listVendor(asked.companyId(), true);
        requests.requestAccess(customer, asked.companyId(), "Please");

        CustomerHome home = homes.home(customer);

        assertEquals(java.util.Set.of(data.companyName(connected.companyId()), data.companyName(inviting.companyId())),
                java.util.Set.copyOf(home.vendors().stream().map(v -> v.vendorName()).toList()));
        assertEquals(List.of(data.companyName(inviting.companyId())),
                home.invitations().stream().map(CustomerHome.PendingInvitation::vendorName).toList());
        assertEquals(List.of(data.companyName(asked.companyId())), home.openRequests().stream().map(r -> r.vendorName()).toList());
        assertTrue(home.locationsMissing(), "no delivery location yet");
        assertTrue(home.hasNextSteps());

        Actor other = data.newCustomerAdmin("Other " + UUID.randomUUID());
        CustomerHome theirs = homes.home(other);
        assertTrue(theirs.vendors().isEmpty() && theirs.invitations().isEmpty() && theirs.openRequests().isEmpty(),
                "another company sees none of it");
        assertThrows(NotPermittedException.class, () -> homes.home(connected), "a vendor has no customer home");

        locations.add(customer, new LocationInput("Kitchen", "Hauptplatz 1", "8010", "Graz", "AT", null, null, null, null));
        assertFalse(homes.home(customer).locationsMissing());
    }
}
