package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.OrderDeadline;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a vendor says of one delivery location's own schedule: WEGOTRADE's "Tuesday, every 2 weeks from 2027-01-05,
 * order by 14:00 the day before" is {@code ({TUESDAY}, 1, 14:00, 2, 2027-01-05, true)}.
 *
 * @param enabled a disabled own schedule means "no deliveries here for now", and keeps its settings
 */
public record ScheduleInput(
        Set<DayOfWeek> weekdays,

        @NotNull(message = "{route.deadline.required}")
        @Min(value = 0, message = "{route.deadline.daysBefore}")
        @Max(value = OrderDeadline.DAYS_BEFORE_MAX, message = "{route.deadline.daysBefore}")
        Integer deadlineDaysBefore,

        @NotNull(message = "{route.deadline.required}")
        LocalTime deadlineTime,

        @NotNull(message = "{schedule.everyWeeks}")
        @Min(value = 1, message = "{schedule.everyWeeks}")
        @Max(value = DeliverySchedule.EVERY_WEEKS_MAX, message = "{schedule.everyWeeks}")
        Integer everyWeeks,

        @NotNull(message = "{schedule.startDate.required}")
        LocalDate startDate,

        boolean enabled) implements Serializable {

    public ScheduleInput {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    }

    DeliverySchedule schedule() {
        return new DeliverySchedule(weekdays, new OrderDeadline(deadlineDaysBefore, deadlineTime), everyWeeks, startDate, enabled);
    }
}
