package com.clientbook.services.home;

import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.persistence.invitation.InvitationRepository;
import com.clientbook.persistence.location.DeliveryLocationRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;

/** {@code customer/home.xhtml}: the customer company's vendors and next steps, for one of its people. */
@Stateless
public class CustomerHomeService {

    private static final String READ = "read the customer home page";

    @Inject
    AccessRequestService requests;

    @Inject
    InvitationRepository invitations;

    @Inject
    DeliveryLocationRepository locations;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    public CustomerHome home(Actor actor) {
        long companyId = actor.customerCompanyId(READ);
        String email = actor.userId() == null ? null : users.get(actor.userId()).email();
        var pending = invitations.pendingForCustomer(companyId, email, clock.instant()).stream()
                .map(i -> new CustomerHome.PendingInvitation(i.vendor().name(), i.email(), i.sentAt(), i.expiresAt()))
                .toList();
        var open = requests.myRequests(actor).stream().filter(r -> r.status() == AccessRequestStatus.OPEN).toList();
        boolean locationsMissing = locations.findCurrent(companyId).isEmpty();
        return new CustomerHome(requests.myVendors(actor), pending, open, locationsMissing);
    }
}
