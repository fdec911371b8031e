package com.clientbook.services.route;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.route.Route;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.route.RouteRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * What a customer's removal of a delivery location does to the routes it was a stop on, in the caller's transaction:
 * each route loses the stop and notes in its history who removed the location.
 */
@Dependent
public class RouteStops {

    @Inject
    RouteRepository routes;

    @Inject
    AuditRepository audit;

    public void locationGone(DeliveryLocation location, String removedBy, Instant now) {
        for (Route route : routes.findWithStop(location.id())) {
            route.removeStop(location.id());
            routes.touch(route);
            audit.record(AuditEvent.onRoute(route.id(), route.vendor().id(), removedBy, "STOP_LOCATION_REMOVED", "stop",
                    location.company().name() + ": " + location.name(), null, now));
        }
        // the stops go before the location may be deleted
        routes.flush();
    }
}
