package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.Closure;
import com.clientbook.domain.delivery.LocationDeliveries;
import com.clientbook.domain.delivery.LocationSchedule;
import com.clientbook.domain.delivery.RouteRef;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.route.Route;
import com.clientbook.persistence.delivery.DeliveryPlanRepository;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the delivery days of some of a vendor's customers' locations are computed from: their schedules at the vendor
 * and the vendor's current routes they are stops on, read in two statements whatever the number of locations (a
 * customer's details page, or a whole list page).
 */
record Planning(Map<Long, LocationSchedule> schedules, Map<Long, List<Route>> routes) {

    static Planning read(DeliveryPlanRepository plans, long vendorId, Collection<Long> locationIds) {
        return new Planning(plans.schedules(vendorId, locationIds), plans.routesOf(vendorId, locationIds));
    }

    /** The location's own schedule where it has one in use, else its routes' days, with the vendor's closures. */
    LocationDeliveries deliveries(DeliveryLocation location, List<Closure> closures, ZoneId vendorZone) {
        long locationId = location.id();
        LocationSchedule own = schedules.get(locationId);
        List<RouteRef> refs = routes.getOrDefault(locationId, List.of()).stream()
                .map(route -> new RouteRef(route.id(), route.name(), route.code(), route.schedule())).toList();
        return new LocationDeliveries(own != null && own.isOwn() ? own.schedule() : null, refs, closures, vendorZone);
    }

    ScheduleView view(DeliveryLocation location) {
        LocationSchedule stored = schedules.get(location.id());
        List<RouteChoice> onRoutes = routes.getOrDefault(location.id(), List.of()).stream().map(RouteChoice::of).toList();
        LocationDeliveries.Source source = stored != null && stored.isOwn() ? LocationDeliveries.Source.OWN
                : onRoutes.isEmpty() ? LocationDeliveries.Source.NONE : LocationDeliveries.Source.ROUTES;
        return new ScheduleView(location.id(), location.name(), source,
                stored == null ? null : ScheduleSettings.of(stored.schedule()), onRoutes, stored == null ? 0 : stored.version());
    }
}
