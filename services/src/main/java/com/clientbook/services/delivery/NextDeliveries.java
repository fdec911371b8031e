package com.clientbook.services.delivery;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.delivery.Closure;
import com.clientbook.domain.delivery.DeliveryCalendar;
import com.clientbook.domain.delivery.LocationDelivery;
import com.clientbook.domain.delivery.PlannedLocation;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.persistence.delivery.DeliveryPlanRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The next delivery and the route codes of each of a page of a vendor's customers (the customer list's columns, the
 * API's {@code nextDelivery} and {@code routes}): two statements for the whole page, whatever its size (the customers' current locations with
 * their schedules and the routes they are stops on, in one; the vendor's closures), then {@link DeliveryCalendar}'s
 * {@code java.time} arithmetic per location. Never a statement per row: a page of 200 customers costs what a page of
 * one does, give or take the arithmetic.
 */
@Dependent
public class NextDeliveries {

    /** How far ahead closures are read: as far as the calendar looks, and the days a closure may move a delivery. */
    private static final int HORIZON_DAYS = 3 * 366 + 2 * DeliveryCalendar.MOST_DAYS_MOVED;

    @Inject
    DeliveryPlanRepository plans;

    protected NextDeliveries() {
    }

    public NextDeliveries(DeliveryPlanRepository plans) {
        this.plans = plans;
    }

    /**
     * For each of the vendor's given customers (relationship ids): the codes of the vendor's current routes its
     * current locations are stops on, and the next delivery an order placed {@code now} still counts for, the earliest
     * among its current locations; customers without one (no location, no schedule, a disabled one, an inactive route)
     * are left out. Another vendor's customers are left out. One statement for the locations, their schedules and
     * routes; one more for the vendor's closures where some location has delivery days at all.
     */
    public DeliveryColumns of(Company vendor, Collection<Long> customerIds, Instant now) {
        Map<Long, List<PlannedLocation>> locations = plans.plannedLocations(vendor.id(), customerIds);
        Map<Long, List<String>> codes = new HashMap<>();
        locations.forEach((customerId, planned) -> {
            List<String> onRoutes = PlannedLocation.routeCodes(planned);
            if (!onRoutes.isEmpty()) {
                codes.put(customerId, onRoutes);
            }
        });
        if (locations.values().stream().flatMap(List::stream).noneMatch(PlannedLocation::mayDeliver)) {
            return new DeliveryColumns(codes, Map.of());
        }
        ZoneId zone = vendor.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Closure> closures = plans.closures(vendor.id(), today.minusDays(DeliveryCalendar.MOST_DAYS_MOVED),
                today.plusDays(HORIZON_DAYS)).stream().map(VendorClosure::closure).toList();
        Map<Long, NextDelivery> next = new HashMap<>();
        locations.forEach((customerId, planned) -> planned.stream()
                .map(location -> location.deliveries(closures, zone).next(now, 1).stream().findFirst())
                .flatMap(Optional::stream)
                .min(Comparator.comparing((LocationDelivery delivery) -> delivery.day().date())
                        .thenComparing(delivery -> delivery.day().orderDeadline()))
                .ifPresent(delivery -> next.put(customerId, new NextDelivery(delivery.day().date(),
                        delivery.day().orderDeadline(), delivery.deadlineIn(zone),
                        delivery.route() == null ? null : delivery.route().code()))));
        return new DeliveryColumns(codes, next);
    }
}
