package com.clientbook.services.route;

import com.clientbook.domain.delivery.OrderDeadline;
import com.clientbook.domain.route.Route;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a vendor says of a route.
 *
 * @param deadlineDaysBefore with {@code deadlineTime}, the default order deadline: 1 and 14:00 is "14:00 the day before"
 */
public record RouteInput(
        @NotBlank(message = "{route.name.required}")
        @Size(max = Route.NAME_MAX, message = "{route.name.size}")
        String name,

        @NotBlank(message = "{route.code.required}")
        @Size(max = Route.CODE_MAX, message = "{route.code.size}")
        String code,

        Set<DayOfWeek> deliveryWeekdays,

        @NotNull(message = "{route.deadline.required}")
        @Min(value = 0, message = "{route.deadline.daysBefore}")
        @Max(value = OrderDeadline.DAYS_BEFORE_MAX, message = "{route.deadline.daysBefore}")
        Integer deadlineDaysBefore,

        @NotNull(message = "{route.deadline.required}")
        LocalTime deadlineTime,

        @Size(max = Route.DRIVER_NOTE_MAX, message = "{route.driverNote.size}")
        String driverNote,

        boolean active) implements Serializable {

    OrderDeadline deadline() {
        return new OrderDeadline(deadlineDaysBefore, deadlineTime);
    }
}
