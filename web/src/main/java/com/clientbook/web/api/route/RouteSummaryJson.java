package com.clientbook.web.api.route;

import com.clientbook.services.route.RouteSummary;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.List;

/** A route as the list answers it: without its stops, with their number. */
@Schema(name = "RouteSummary", description = "A route in the list: its stops are read with GET /routes/{id}")
public record RouteSummaryJson(
        @Schema(required = true, format = "int64") long id,
        @Schema(required = true) String name,
        @Schema(required = true) String code,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = DayOfWeek.class) List<DayOfWeek> deliveryWeekdays,
        @Schema(required = true) DeadlineJson orderDeadline,
        @Schema(required = true) boolean active,
        @Schema(required = true, format = "int64", description = "How many stops the route has") long stopCount,
        @Schema(required = true, format = "int64", description = "The version; also the route's ETag") long version) {

    static RouteSummaryJson of(RouteSummary route) {
        return new RouteSummaryJson(route.id(), route.name(), route.code(), route.deliveryWeekdays().stream().sorted().toList(),
                new DeadlineJson(route.deadlineDaysBefore(), route.deadlineTime().toString()), route.active(),
                route.stopCount(), route.version());
    }
}
