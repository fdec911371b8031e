package com.clientbook.domain.delivery;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * A current delivery location of a vendor's customer with what its delivery days come from at that vendor: its own
 * schedule where one is in use ({@code null} otherwise), and the vendor's current routes it is a stop on, by name (the
 * order that decides between two routes delivering on one day). Read for many customers in one statement.
 */
public record PlannedLocation(long locationId, String locationName, DeliverySchedule own, List<RouteRef> routes) {

    public PlannedLocation {
        routes = List.copyOf(routes);
    }

    /** Its delivery calendar with the vendor's closures, as the location's schedule or its routes give it. */
    public LocationDeliveries deliveries(Collection<Closure> closures, ZoneId vendorZone) {
        return new LocationDeliveries(own, routes, closures, vendorZone);
    }
}
