package com.clientbook.domain.delivery;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A current delivery location of a vendor's customer with what its delivery days come from at that vendor: its own
 * schedule where one is in use ({@code null} otherwise), and the vendor's current routes it is a stop on, by name (the
 * order that decides between two routes delivering on one day). Read for many customers in one statement.
 */
public record PlannedLocation(long locationId, String locationName, DeliverySchedule own, List<RouteRef> routes) {

    public PlannedLocation {
        routes = List.copyOf(routes);
    }

    /** Whether a schedule of its own or a route may give it days (the vendor's closures matter only then). */
    public boolean mayDeliver() {
        return own != null || !routes.isEmpty();
    }

    /** The codes of the routes some of the locations are stops on, each once, in code order (any case). */
    public static List<String> routeCodes(Collection<PlannedLocation> locations) {
        return locations.stream().flatMap(location -> location.routes().stream()).map(RouteRef::code).distinct()
                .sorted(Comparator.comparing((String code) -> code.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Its delivery calendar with the vendor's closures, as the location's schedule or its routes give it. */
    public LocationDeliveries deliveries(Collection<Closure> closures, ZoneId vendorZone) {
        return new LocationDeliveries(own, routes, closures, vendorZone);
    }
}
