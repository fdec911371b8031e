package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.DeliverySchedule;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A delivery schedule as a page or the API reads it. */
public record ScheduleSettings(Set<DayOfWeek> weekdays, int deadlineDaysBefore, LocalTime deadlineTime, int everyWeeks,
                               LocalDate startDate, boolean enabled) implements Serializable {

    static ScheduleSettings of(DeliverySchedule schedule) {
        return new ScheduleSettings(schedule.weekdays(), schedule.deadline().daysBefore(), schedule.deadline().time(),
                schedule.everyWeeks(), schedule.startDate(), schedule.enabled());
    }

    /** The settings as typed anew: an input that saves them unchanged. */
    public ScheduleInput toInput() {
        return new ScheduleInput(weekdays, deadlineDaysBefore, deadlineTime, everyWeeks, startDate, enabled);
    }
}
