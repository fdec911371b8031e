package com.clientbook.domain.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * On which days a vendor delivers to a route or to one delivery location: weekdays, every N weeks counted from the
 * week of a start date, each delivery with its order deadline. WEGOTRADE's biweekly customers are "Tuesday, every 2
 * weeks from 2027-01-05"; a weekly route is every 1 week from any date.
 *
 * <p>Weeks are counted Monday to Sunday from the start date's week, never by ISO week numbers: those restart at 1 in
 * January after a year of 52 or 53 weeks, and a fortnightly rhythm counted by them would break at every such year end.
 *
 * @param weekdays   the delivery weekdays; at least one while the schedule is enabled
 * @param deadline   the order deadline of each delivery
 * @param everyWeeks 1 (every week) to {@value #EVERY_WEEKS_MAX}
 * @param startDate  the first day the schedule applies; its week is the first delivery week
 * @param enabled    a disabled schedule delivers on no day, and keeps its settings for later
 */
public record DeliverySchedule(Set<DayOfWeek> weekdays, OrderDeadline deadline, int everyWeeks, LocalDate startDate,
                               boolean enabled) {

    public static final int EVERY_WEEKS_MAX = 52;

    public DeliverySchedule {
        Objects.requireNonNull(deadline, "A delivery schedule needs an order deadline");
        Objects.requireNonNull(startDate, "A delivery schedule needs a start date");
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (everyWeeks < 1 || everyWeeks > EVERY_WEEKS_MAX) {
            throw new IllegalArgumentException("A delivery schedule repeats every 1 to " + EVERY_WEEKS_MAX
                    + " weeks, not " + everyWeeks);
        }
        if (enabled && weekdays.isEmpty()) {
            throw new IllegalArgumentException("An enabled delivery schedule needs at least one delivery weekday");
        }
    }

    /** Every week on the given days, from the given date. */
    public static DeliverySchedule weekly(Set<DayOfWeek> weekdays, OrderDeadline deadline, LocalDate startDate) {
        return new DeliverySchedule(weekdays, deadline, 1, startDate, true);
    }

    /** Whether the schedule names this day, before closures. */
    public boolean deliversOn(LocalDate day) {
        if (!enabled || day.isBefore(startDate) || !weekdays.contains(day.getDayOfWeek())) {
            return false;
        }
        long weeks = ChronoUnit.WEEKS.between(mondayOf(startDate), mondayOf(day));
        return weeks % everyWeeks == 0;
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
