package com.clientbook.services.vendor;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.accessrequest.AccessRequestRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vendor's dashboard: its customers counted per funnel status. Each count is the count the customer list shows
 * for that status filter (with banned customers included, as the dashboard's links ask the list for): the same
 * query, {@link CustomerStatus#narrow} counted by {@link CustomerRepository#count(long, Map)} (the list's own
 * conditions, all counts in one statement) for relationships and {@link CustomerStatus#requestStatus} over
 * {@link AccessRequestRepository#count} for access requests, so the two can never disagree (issue 13: "Invited 0"
 * while the list's Invited filter showed a customer).
 */
@Stateless
public class FunnelService {

    private static final String READ = "read the dashboard";
    private static final String BANNED = "banned";
    private static final String ON_NO_ROUTE = "onNoRoute";
    private static final String WITHOUT_DELIVERY_DAYS = "withoutDeliveryDays";

    @Inject
    CustomerRepository customers;

    @Inject
    AccessRequestRepository requests;

    @Inject
    Clock clock;

    public Funnel funnel(Actor actor) {
        long vendorId = actor.vendorId(READ);
        Map<Object, Long> counts = customers.count(vendorId, queries(everyone(clock.instant())));
        return funnel(counts, requests.count(vendorId, CustomerStatus.REQUESTED.requestStatus()),
                requests.count(vendorId, CustomerStatus.REJECTED.requestStatus()));
    }

    /** All of the vendor's customers, banned or not, bans judged on the UTC day of {@code now}: what the links ask for. */
    public static CustomerQuery everyone(Instant now) {
        return new CustomerQuery(null, null, null, null, true, 0, 1)
                .withBans(CustomerQuery.BanFilter.ALL).on(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /**
     * The lists whose counts the funnel shows, by key, for {@link CustomerRepository#count(long, Map)}: each status of
     * a relationship, the banned customers, those on none of the vendor's routes (the list's route filter "none") and
     * those without delivery days (its next-delivery filter "none").
     */
    public static Map<Object, CustomerQuery> queries(CustomerQuery everyone) {
        Map<Object, CustomerQuery> queries = new LinkedHashMap<>();
        for (CustomerStatus status : CustomerStatus.values()) {
            if (status.isRelationship()) {
                queries.put(status, status.narrow(everyone));
            }
        }
        queries.put(BANNED, everyone.withBans(CustomerQuery.BanFilter.BANNED));
        queries.put(ON_NO_ROUTE, everyone.withRoute(CustomerQuery.RouteFilter.NONE));
        queries.put(WITHOUT_DELIVERY_DAYS, everyone.withDeliveryDays(false));
        return queries;
    }

    /** The funnel of the counts of {@link #queries} and the access requests open and rejected. */
    public static Funnel funnel(Map<Object, Long> counts, long requested, long rejected) {
        Map<CustomerStatus, Long> byStatus = new EnumMap<>(CustomerStatus.class);
        for (CustomerStatus status : CustomerStatus.values()) {
            byStatus.put(status, switch (status) {
                case REQUESTED -> requested;
                case REJECTED -> rejected;
                default -> counts.get(status);
            });
        }
        return new Funnel(byStatus, counts.get(BANNED), counts.get(ON_NO_ROUTE), counts.get(WITHOUT_DELIVERY_DAYS));
    }
}
