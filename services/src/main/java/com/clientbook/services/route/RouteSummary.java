package com.clientbook.services.route;

import com.clientbook.domain.route.Route;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A route as a list shows it: what the vendor says of it and how many stops it has, without the stops. */
public record RouteSummary(long id, String name, String code, Set<DayOfWeek> deliveryWeekdays, int deadlineDaysBefore,
                           LocalTime deadlineTime, boolean active, long stopCount, long version)
        implements java.io.Serializable {

    static RouteSummary of(Route route, long stops) {
        return new RouteSummary(route.id(), route.name(), route.code(), route.deliveryWeekdays(), route.deadline().daysBefore(),
                route.deadline().time(), route.isActive(), stops, route.version());
    }
}
