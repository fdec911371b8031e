package com.clientbook.services.vendor;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.accessrequest.AccessRequestRepository;
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

/**
 * The vendor's dashboard: its customers counted per funnel status. Each count is the count the customer list shows
 * for that status filter (with banned customers included, as the dashboard's links ask the list for): the same
 * query, {@link CustomerStatus#narrow} over {@link CustomerRepository#count} for relationships and
 * {@link CustomerStatus#requestStatus} over {@link AccessRequestRepository#count} for access requests, so the two
 * can never disagree (issue 13: "Invited 0" while the list's Invited filter showed a customer).
 */
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
        CustomerQuery everyone = new CustomerQuery(null, null, null, null, true, 0, 1)
                .withBans(CustomerQuery.BanFilter.ALL).on(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        Map<CustomerStatus, Long> counts = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus status : CustomerStatus.values()) {
            counts.put(status, status.isRelationship()
                    ? customers.count(vendorId, status.narrow(everyone))
                    : requests.count(vendorId, status.requestStatus()));
        }
        long banned = customers.count(vendorId, everyone.withBans(CustomerQuery.BanFilter.BANNED));
        // the list's own count of its route filter "on none of your routes"
        long onNoRoute = customers.count(vendorId, everyone.withRoute(CustomerQuery.RouteFilter.NONE));
        // and of its filter "no delivery days" (the next-delivery column's filter)
        long withoutDeliveryDays = customers.count(vendorId, everyone.withDeliveryDays(false));
        return new Funnel(counts, banned, onNoRoute, withoutDeliveryDays);
    }
}
