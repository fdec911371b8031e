package com.clientbook.domain.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The delivery days of one customer delivery location at one vendor, and the route of each: from the location's own
 * schedule where the vendor gave it one, else from the routes the location is a stop on (a location on two routes
 * gets the days of both; a day both deliver on is one delivery, by the first route). The vendor's closures apply to
 * either, and its time zone decides the deadlines.
 *
 * <p>A day of an own schedule names the location's route that runs on that weekday, else its first route: the
 * schedule says when, the route still says who drives.
 */
public final class LocationDeliveries {

    /** Where the location's days come from. */
    public enum Source {
        /** The vendor's own schedule for this location. */
        OWN,
        /** The routes the location is a stop on. */
        ROUTES,
        /** Neither: no delivery days. */
        NONE
    }

    private final DeliverySchedule own;
    private final List<RouteRef> routes;
    private final Collection<Closure> closures;
    private final ZoneId vendorZone;

    /**
     * @param own    the location's own schedule, or {@code null} where it takes its routes' days
     * @param routes the routes the location is a stop on, in the order that decides between two on one day
     */
    public LocationDeliveries(DeliverySchedule own, List<RouteRef> routes, Collection<Closure> closures, ZoneId vendorZone) {
        this.own = own;
        this.routes = List.copyOf(routes);
        this.closures = List.copyOf(closures);
        this.vendorZone = vendorZone;
    }

    public Source source() {
        return own != null ? Source.OWN : routes.isEmpty() ? Source.NONE : Source.ROUTES;
    }

    /** The next {@code count} deliveries an order placed now still counts for, in date order. */
    public List<LocationDelivery> next(Instant now, int count) {
        return plan(calendar -> calendar.next(now, count)).values().stream().limit(count).toList();
    }

    /** Every delivery from {@code from} to {@code to}, both included, in date order. */
    public List<LocationDelivery> between(LocalDate from, LocalDate to) {
        return List.copyOf(plan(calendar -> calendar.between(from, to)).values());
    }

    private Map<LocalDate, LocationDelivery> plan(Function<DeliveryCalendar, List<DeliveryDay>> days) {
        TreeMap<LocalDate, LocationDelivery> planned = new TreeMap<>();
        if (own != null) {
            for (DeliveryDay day : days.apply(new DeliveryCalendar(own, closures, vendorZone))) {
                planned.put(day.date(), new LocationDelivery(day, routeOn(day.scheduledDate().getDayOfWeek())));
            }
            return planned;
        }
        for (RouteRef route : routes) {
            for (DeliveryDay day : days.apply(new DeliveryCalendar(route.schedule(), closures, vendorZone))) {
                planned.putIfAbsent(day.date(), new LocationDelivery(day, route));
            }
        }
        return planned;
    }

    private RouteRef routeOn(DayOfWeek weekday) {
        return routes.stream()
                .filter(route -> route.schedule().enabled() && route.schedule().weekdays().contains(weekday))
                .findFirst()
                .orElse(routes.isEmpty() ? null : routes.get(0));
    }
}
