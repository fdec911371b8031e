package com.clientbook.services.route;

import com.clientbook.domain.route.Route;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A route as its vendor reads it, with its stops in the driver's order. */
public record RouteView(long id, String name, String code, Set<DayOfWeek> deliveryWeekdays, int deadlineDaysBefore,
                        LocalTime deadlineTime, String driverNote, boolean active, boolean archived, List<StopView> stops,
                        long version) implements java.io.Serializable {

    static RouteView of(Route route, List<StopView> stops) {
        return new RouteView(route.id(), route.name(), route.code(), route.deliveryWeekdays(), route.deadline().daysBefore(),
                route.deadline().time(), route.driverNote(), route.isActive(), route.isArchived(), stops, route.version());
    }
}
