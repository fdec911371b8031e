package com.clientbook.services.delivery;

import com.clientbook.domain.route.Route;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A route as a delivery location's schedule names it: which, on which weekdays, with which default deadline. */
public record RouteChoice(long id, String name, String code, Set<DayOfWeek> weekdays, int deadlineDaysBefore,
                          LocalTime deadlineTime, boolean active) implements Serializable {

    static RouteChoice of(Route route) {
        return new RouteChoice(route.id(), route.name(), route.code(), Set.copyOf(route.deliveryWeekdays()),
                route.deadline().daysBefore(), route.deadline().time(), route.isActive());
    }
}
