package com.clientbook.domain.delivery;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which days a schedule names: weekdays, every N weeks from the start date's week, not before the start. */
class DeliveryScheduleTest {

    private static final OrderDeadline DAY_BEFORE_2PM = new OrderDeadline(1, LocalTime.of(14, 0));

    @Test
    void everyTwoWeeksKeepsItsRhythmAcrossAYearOfFiftyThreeWeeks() {
        // 2026 has 53 ISO weeks: Tuesday 2026-12-22 is in week 52, Tuesday 2027-01-05 in week 1; a rhythm counted by
        // ISO week numbers would skip 2027-01-05 and deliver on 2026-12-29 and 2027-01-12 instead
        DeliverySchedule fortnightly = new DeliverySchedule(Set.of(TUESDAY), DAY_BEFORE_2PM, 2, LocalDate.of(2026, 12, 22), true);

        assertTrue(fortnightly.deliversOn(LocalDate.of(2026, 12, 22)));
        assertFalse(fortnightly.deliversOn(LocalDate.of(2026, 12, 29)));
        assertTrue(fortnightly.deliversOn(LocalDate.of(2027, 1, 5)));
        assertFalse(fortnightly.deliversOn(LocalDate.of(2027, 1, 12)));
        assertTrue(fortnightly.deliversOn(LocalDate.of(2027, 1, 19)));
    }

    @Test
    void theStartDateStartsItsWeekEvenMidWeek() {
        // from Wednesday 2026-12-09, every 2 weeks on Monday and Tuesday: that week's Monday is before the start
        DeliverySchedule schedule = new DeliverySchedule(Set.of(MONDAY, TUESDAY), DAY_BEFORE_2PM, 2, LocalDate.of(2026, 12, 9), true);

        assertFalse(schedule.deliversOn(LocalDate.of(2026, 12, 7)));
        assertFalse(schedule.deliversOn(LocalDate.of(2026, 12, 8)));
        assertFalse(schedule.deliversOn(LocalDate.of(2026, 12, 14)));
        assertTrue(schedule.deliversOn(LocalDate.of(2026, 12, 21)));
        assertTrue(schedule.deliversOn(LocalDate.of(2026, 12, 22)));
    }

    @Test
    void everyFiftyTwoWeeksIsOnceAYearOnTheSameWeekday() {
        DeliverySchedule yearly = new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 52, LocalDate.of(2026, 12, 7), true);

        assertTrue(yearly.deliversOn(LocalDate.of(2026, 12, 7)));
        assertFalse(yearly.deliversOn(LocalDate.of(2026, 12, 14)));
        assertTrue(yearly.deliversOn(LocalDate.of(2027, 12, 6)));
        assertTrue(yearly.deliversOn(LocalDate.of(2028, 12, 4)));
    }

    @Test
    void aDisabledScheduleDeliversOnNoDayAndKeepsItsSettings() {
        DeliverySchedule paused = new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 1, LocalDate.of(2026, 12, 7), false);

        assertFalse(paused.deliversOn(LocalDate.of(2026, 12, 14)));
        assertTrue(paused.weekdays().contains(MONDAY));
    }

    @Test
    void refusesWhatCannotBeASchedule() {
        LocalDate start = LocalDate.of(2026, 12, 7);
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 0, start, true));
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 53, start, true));
        assertThrows(IllegalArgumentException.class, () -> new DeliverySchedule(Set.<DayOfWeek>of(), DAY_BEFORE_2PM, 1, start, true));
        assertThrows(NullPointerException.class, () -> new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 1, null, true));
    }
}
