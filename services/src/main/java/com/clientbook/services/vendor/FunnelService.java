package com.clientbook.services.vendor;

import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.persistence.accessrequest.AccessRequestRepository;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** The vendor's dashboard: its customers counted per funnel status, the way the list's status filter counts them. */
@Stateless
public class FunnelService {

    private static final String READ = "read the dashboard";

    @Inject
    CustomerRepository customers;

    @Inject
    AccessRequestRepository requests;

    @Inject
    Clock clock;

    public Funnel funnel(Actor actor) {
        long vendorId = actor.vendorId(READ);
        Map<CustomerStatus, Long> counts = new EnumMap<>(CustomerStatus.class);
        counts.put(CustomerStatus.REQUESTED, requests.count(vendorId, AccessRequestStatus.OPEN));
        counts.put(CustomerStatus.REJECTED, requests.count(vendorId, AccessRequestStatus.REJECTED));
        CustomerRepository.FunnelCounts steps = customers.funnel(vendorId);
        counts.put(CustomerStatus.PROSPECT, steps.prospects());
        // INVITED: the invitations feature adds its count here (pending invitations not yet registered)
        counts.put(CustomerStatus.REGISTERED, steps.registered());
        counts.put(CustomerStatus.HAS_ORDERED, steps.ordered());
        long banned = customers.list(vendorId, new CustomerQuery(null, null, null, null, true, 0, 1)
                .withBans(CustomerQuery.BanFilter.BANNED).on(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))).totalItems();
        return new Funnel(counts, banned);
    }
}
