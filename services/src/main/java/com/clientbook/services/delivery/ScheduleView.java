package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.LocationDeliveries.Source;

import java.io.Serializable;
import java.util.List;

/**
 * Where a delivery location's days come from at one vendor.
 *
 * @param source   its own schedule, its routes, or neither
 * @param settings the vendor's own schedule: in use where {@code source} is {@code OWN}, else kept from before, or
 *                 {@code null} where the vendor never gave one
 * @param routes   the vendor's current routes the location is a stop on, by name
 * @param version  the own schedule's version (0 where there never was one): the ETag
 */
public record ScheduleView(long locationId, String locationName, Source source, ScheduleSettings settings,
                           List<RouteChoice> routes, long version) implements Serializable {

    /** The own schedule in use, or {@code null} where the location takes its routes' days. */
    public ScheduleSettings own() {
        return source == Source.OWN ? settings : null;
    }

    public boolean isOwn() {
        return source == Source.OWN;
    }

    public boolean onRoute() {
        return !routes.isEmpty();
    }
}
