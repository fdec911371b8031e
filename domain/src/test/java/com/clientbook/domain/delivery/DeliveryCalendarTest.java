package com.clientbook.domain.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next delivery days with their deadlines, over year ends, closures and the vendor's clock. */
class DeliveryCalendarTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final OrderDeadline DAY_BEFORE_2PM = new OrderDeadline(1, LocalTime.of(14, 0));
    private static final DeliverySchedule MONDAY_AND_THURSDAY =
            DeliverySchedule.weekly(Set.of(MONDAY, THURSDAY), DAY_BEFORE_2PM, LocalDate.of(2026, 1, 1));
    private static final DeliverySchedule FRIDAYS = DeliverySchedule.weekly(Set.of(FRIDAY), DAY_BEFORE_2PM, LocalDate.of(2026, 1, 1));

    @Test
    void theNextFiveDeliveriesEachWithItsDeadline() {
        // Wednesday 2026-12-23, 12:00 UTC = 13:00 in Vienna: Thursday's deadline (Wednesday 14:00) is still ahead
        List<DeliveryDay> next = new DeliveryCalendar(MONDAY_AND_THURSDAY, List.of(), VIENNA).next(Instant.parse("2026-12-23T12:00:00Z"), 5);

        assertEquals(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 7)), next.stream().map(DeliveryDay::date).toList());
        assertEquals(Instant.parse("2026-12-23T13:00:00Z"), next.get(0).orderDeadline());
        assertEquals(Instant.parse("2027-01-06T13:00:00Z"), next.get(4).orderDeadline());
    }

    @Test
    void aDeliveryWhoseDeadlinePassedIsNoLongerNext() {
        // 14:30 in Vienna on Wednesday: Thursday's deliveries are closed for orders
        List<DeliveryDay> next = new DeliveryCalendar(MONDAY_AND_THURSDAY, List.of(), VIENNA).next(Instant.parse("2026-12-23T13:30:00Z"), 2);

        assertEquals(List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31)), next.stream().map(DeliveryDay::date).toList());
    }

    @Test
    void aClosureMovesADeliveryEarlierAndSaysWhy() {
        Closure christmas = new Closure(LocalDate.of(2026, 12, 25), ClosureRule.MOVE_EARLIER, "Christmas Day");

        List<DeliveryDay> next = new DeliveryCalendar(FRIDAYS, List.of(christmas), VIENNA).next(Instant.parse("2026-12-20T12:00:00Z"), 2);

        DeliveryDay moved = next.get(0);
        assertEquals(LocalDate.of(2026, 12, 24), moved.date());
        assertEquals(LocalDate.of(2026, 12, 25), moved.scheduledDate());
        assertEquals("Christmas Day", moved.movedBecause().orElseThrow().reason());
        assertEquals(Instant.parse("2026-12-23T13:00:00Z"), moved.orderDeadline()); // the day before the day it moved to
        assertEquals(LocalDate.of(2027, 1, 1), next.get(1).date());
        assertNull(next.get(1).movedBy());
    }

    @Test
    void aSkippedDeliveryLeavesAGap() {
        Closure newYear = new Closure(LocalDate.of(2027, 1, 1), ClosureRule.SKIP, "New Year's Day");

        List<DeliveryDay> next = new DeliveryCalendar(FRIDAYS, List.of(newYear), VIENNA).next(Instant.parse("2026-12-28T12:00:00Z"), 1);

        assertEquals(LocalDate.of(2027, 1, 8), next.get(0).date());
    }

    @Test
    void aDeliveryMovedOntoAnotherClosureMovesOn() {
        List<Closure> closures = List.of(new Closure(LocalDate.of(2026, 12, 25), ClosureRule.MOVE_LATER, "Christmas Day"),
                new Closure(LocalDate.of(2026, 12, 26), ClosureRule.SKIP, "St. Stephen's Day"));

        List<DeliveryDay> days = new DeliveryCalendar(FRIDAYS, closures, VIENNA).between(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31));

        assertEquals(1, days.size());
        assertEquals(LocalDate.of(2026, 12, 27), days.get(0).date());
    }

    @Test
    void aDeliveryMovedOntoAnotherDeliveryDayGoesWithThatDelivery() {
        // Thursday 2026-12-24 is closed and its delivery moves later, onto Friday, a delivery day of its own
        DeliverySchedule thursdayAndFriday = DeliverySchedule.weekly(Set.of(THURSDAY, FRIDAY), DAY_BEFORE_2PM, LocalDate.of(2026, 1, 1));
        Closure closed = new Closure(LocalDate.of(2026, 12, 24), ClosureRule.MOVE_LATER, "Christmas Eve");

        List<DeliveryDay> days = new DeliveryCalendar(thursdayAndFriday, List.of(closed), VIENNA)
                .between(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 27));

        assertEquals(List.of(LocalDate.of(2026, 12, 25)), days.stream().map(DeliveryDay::date).toList());
        assertNull(days.get(0).movedBy()); // Friday's own delivery, which takes Thursday's goods too
    }

    @Test
    void theDeadlineFollowsTheVendorsClockAcrossTheSpringSwitch() {
        // Mondays, deadline Sunday 23:00: on 2027-03-28 Vienna switches to summer time at 02:00
        DeliverySchedule mondays = DeliverySchedule.weekly(Set.of(MONDAY), new OrderDeadline(1, LocalTime.of(23, 0)), LocalDate.of(2027, 1, 1));

        List<DeliveryDay> next = new DeliveryCalendar(mondays, List.of(), VIENNA).next(Instant.parse("2027-03-20T12:00:00Z"), 2);

        assertEquals(Instant.parse("2027-03-21T22:00:00Z"), next.get(0).orderDeadline()); // 23:00 CET
        assertEquals(Instant.parse("2027-03-28T21:00:00Z"), next.get(1).orderDeadline()); // 23:00 CEST
    }

    @Test
    void aYearlyScheduleWithItsDayClosedFindsTheYearAfter() {
        DeliverySchedule yearly = new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 52, LocalDate.of(2026, 12, 7), true);
        Closure closed = new Closure(LocalDate.of(2027, 12, 6), ClosureRule.SKIP, "Inventory");

        List<DeliveryDay> next = new DeliveryCalendar(yearly, List.of(closed), VIENNA).next(Instant.parse("2026-12-08T12:00:00Z"), 1);

        assertEquals(LocalDate.of(2028, 12, 4), next.get(0).date());
    }

    @Test
    void aDisabledScheduleHasNoNextDelivery() {
        DeliverySchedule paused = new DeliverySchedule(Set.of(MONDAY), DAY_BEFORE_2PM, 1, LocalDate.of(2026, 1, 1), false);

        assertTrue(new DeliveryCalendar(paused, List.of(), VIENNA).next(Instant.parse("2026-12-08T12:00:00Z"), 5).isEmpty());
    }

    @Test
    void anOrderBeforeTheDeadlineCountsAndOneAfterDoesNot() {
        DeliveryDay day = new DeliveryCalendar(FRIDAYS, List.of(), VIENNA).between(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 8)).get(0);

        assertTrue(day.openForOrdersAt(Instant.parse("2027-01-07T12:59:59Z")));
        assertFalse(day.openForOrdersAt(Instant.parse("2027-01-07T13:00:00Z")));
    }
}
