package com.clientbook.web.api.delivery;

import com.clientbook.domain.delivery.LocationDeliveries.Source;
import com.clientbook.services.delivery.RouteChoice;
import com.clientbook.services.delivery.ScheduleSettings;
import com.clientbook.services.delivery.ScheduleView;
import com.clientbook.web.api.route.DeadlineJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.List;

/** Where a delivery location's days come from at the calling vendor. */
@JsonbNillable
@Schema(name = "LocationSchedule", description = "A delivery location's own delivery schedule, or the routes it takes "
        + "its days from")
public record ScheduleJson(
        @Schema(required = true, format = "int64") long deliveryLocationId,
        @Schema(required = true) String deliveryLocationName,
        @Schema(required = true, description = "OWN: the schedule below; ROUTES: the days of the routes below; NONE: "
                + "no delivery days") Source source,
        @Schema(nullable = true, description = "The location's own schedule, where source is OWN; left out otherwise")
        ScheduleBodyJson schedule,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ScheduleRouteJson.class,
                description = "The vendor's current routes the location is a stop on, by name") List<ScheduleRouteJson> routes,
        @Schema(required = true, format = "int64", description = "The own schedule's version (0 where it never had "
                + "one); also the ETag") long version) {

    static ScheduleJson of(ScheduleView view) {
        return new ScheduleJson(view.locationId(), view.locationName(), view.source(),
                view.own() == null ? null : ScheduleBodyJson.of(view.own()),
                view.routes().stream().map(ScheduleRouteJson::of).toList(), view.version());
    }

    /** A delivery schedule. */
    @Schema(name = "DeliverySchedule", description = "Weekdays, every N weeks from a start date, with an order deadline")
    public record ScheduleBodyJson(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = DayOfWeek.class) List<DayOfWeek> weekdays,
            @Schema(required = true) DeadlineJson orderDeadline,
            @Schema(required = true, minimum = "1", maximum = "52") int everyWeeks,
            @Schema(required = true, format = "date", description = "The first day; its week (Monday to Sunday) is the "
                    + "first delivery week") String startDate,
            @Schema(required = true, description = "A disabled schedule delivers on no day") boolean enabled) {

        static ScheduleBodyJson of(ScheduleSettings settings) {
            return new ScheduleBodyJson(settings.weekdays().stream().sorted().toList(),
                    new DeadlineJson(settings.deadlineDaysBefore(), settings.deadlineTime().toString()),
                    settings.everyWeeks(), settings.startDate().toString(), settings.enabled());
        }
    }

    /** A route the location is a stop on. */
    @Schema(name = "ScheduleRoute", description = "A route a delivery location is a stop on")
    public record ScheduleRouteJson(
            @Schema(required = true, format = "int64") long id,
            @Schema(required = true) String name,
            @Schema(required = true) String code,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = DayOfWeek.class) List<DayOfWeek> deliveryWeekdays,
            @Schema(required = true) DeadlineJson orderDeadline,
            @Schema(required = true) boolean active) {

        static ScheduleRouteJson of(RouteChoice route) {
            return new ScheduleRouteJson(route.id(), route.name(), route.code(), route.weekdays().stream().sorted().toList(),
                    new DeadlineJson(route.deadlineDaysBefore(), route.deadlineTime().toString()), route.active());
        }
    }
}
