package com.clientbook.web.api.route;

import com.clientbook.services.route.RouteView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.List;

/** A route as the API answers it. */
@Schema(name = "Route", description = "A vendor's delivery route with its stops in the driver's order")
public record RouteJson(
        @Schema(required = true, format = "int64") long id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Unique per vendor, compared without regard to case") String code,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = DayOfWeek.class,
                description = "The weekdays the route delivers on") List<DayOfWeek> deliveryWeekdays,
        @Schema(required = true, description = "The default order deadline of each delivery") DeadlineJson orderDeadline,
        @Schema(nullable = true, description = "A note for the driver") String driverNote,
        @Schema(required = true, description = "An inactive route delivers on no day") boolean active,
        @Schema(required = true, description = "Archived routes are out of the list but stay readable") boolean archived,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = StopJson.class) List<StopJson> stops,
        @Schema(required = true, format = "int64", description = "The version; also the ETag") long version) {

    static RouteJson of(RouteView route) {
        return new RouteJson(route.id(), route.name(), route.code(), route.deliveryWeekdays().stream().sorted().toList(),
                new DeadlineJson(route.deadlineDaysBefore(), route.deadlineTime().toString()), route.driverNote(),
                route.active(), route.archived(), route.stops().stream().map(StopJson::of).toList(), route.version());
    }
}
