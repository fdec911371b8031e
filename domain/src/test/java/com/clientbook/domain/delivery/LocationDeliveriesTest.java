package com.clientbook.domain.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A delivery location's days at one vendor: from its own schedule or its routes, with closures, on the vendor's clock
 * (Europe/Vienna) and the customer's (Europe/London), across both daylight-saving switches and year ends. Every "now"
 * is a fixed instant.
 */
class LocationDeliveriesTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final OrderDeadline DAY_BEFORE_2PM = new OrderDeadline(1, LocalTime.of(14, 0));
    private static final OrderDeadline DAY_BEFORE_11PM = new OrderDeadline(1, LocalTime.of(23, 0));
    private static final LocalDate LONG_AGO = LocalDate.of(2026, 1, 1);
    private static final RouteRef NORTH = new RouteRef(1, "North", "N1",
            DeliverySchedule.weekly(Set.of(MONDAY, THURSDAY), DAY_BEFORE_2PM, LocalDate.of(2000, 1, 3)));
    private static final RouteRef FRIDAY_EXTRA = new RouteRef(2, "Friday extra", "F1",
            DeliverySchedule.weekly(Set.of(FRIDAY, MONDAY), new OrderDeadline(2, LocalTime.NOON), LocalDate.of(2000, 1, 3)));

    @Test
    void aDeadlineAt23InViennaTheNightBeforeTheSpringSwitchIsAnHourEarlierInLondon() {
        // Sunday and Monday, ordered by 23:00 the evening before; clocks go forward on Sunday 2027-03-28 at 02:00 in Vienna
        DeliverySchedule own = DeliverySchedule.weekly(Set.of(SUNDAY, MONDAY), DAY_BEFORE_11PM, LONG_AGO);
        List<LocationDelivery> next = new LocationDeliveries(own, List.of(), List.of(), VIENNA)
                .next(Instant.parse("2027-03-26T12:00:00Z"), 2);

        LocationDelivery sunday = next.get(0);
        assertEquals(LocalDate.of(2027, 3, 28), sunday.day().date());
        assertEquals(Instant.parse("2027-03-27T22:00:00Z"), sunday.day().orderDeadline(), "Saturday 23:00 is still winter time");
        assertEquals(LocalDateTime.of(2027, 3, 27, 23, 0), sunday.deadlineIn(VIENNA));
        assertEquals(LocalDateTime.of(2027, 3, 27, 22, 0), sunday.deadlineIn(LONDON));

        LocationDelivery monday = next.get(1);
        assertEquals(Instant.parse("2027-03-28T21:00:00Z"), monday.day().orderDeadline(), "Sunday 23:00 is summer time");
        assertEquals(LocalDateTime.of(2027, 3, 28, 23, 0), monday.deadlineIn(VIENNA));
        assertEquals(LocalDateTime.of(2027, 3, 28, 22, 0), monday.deadlineIn(LONDON));
    }

    @Test
    void aDeadlineAt23InViennaTheNightBeforeTheAutumnSwitchStaysOnTheVendorsClock() {
        // clocks go back on Sunday 2027-10-31 at 03:00 in Vienna
        DeliverySchedule own = DeliverySchedule.weekly(Set.of(SUNDAY, MONDAY), DAY_BEFORE_11PM, LONG_AGO);
        List<LocationDelivery> next = new LocationDeliveries(own, List.of(), List.of(), VIENNA)
                .next(Instant.parse("2027-10-29T12:00:00Z"), 2);

        assertEquals(Instant.parse("2027-10-30T21:00:00Z"), next.get(0).day().orderDeadline());
        assertEquals(LocalDateTime.of(2027, 10, 30, 22, 0), next.get(0).deadlineIn(LONDON));
        assertEquals(Instant.parse("2027-10-31T22:00:00Z"), next.get(1).day().orderDeadline());
        assertEquals(LocalDateTime.of(2027, 10, 31, 22, 0), next.get(1).deadlineIn(LONDON));
    }

    @Test
    void aLocationOnTwoRoutesGetsTheDaysOfBothAndADayOfBothIsTheFirstRoutes() {
        LocationDeliveries deliveries = new LocationDeliveries(null, List.of(NORTH, FRIDAY_EXTRA), List.of(), VIENNA);

        List<LocationDelivery> days = deliveries.between(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));

        assertEquals(LocationDeliveries.Source.ROUTES, deliveries.source());
        assertEquals(List.of("2027-01-04 N1", "2027-01-07 N1", "2027-01-08 F1", "2027-01-11 N1"),
                days.stream().map(d -> d.day().date() + " " + d.route().code()).toList());
        assertEquals(Instant.parse("2027-01-06T11:00:00Z"), days.get(2).day().orderDeadline(), "Friday extra's own deadline");
    }

    @Test
    void anOwnScheduleReplacesTheRoutesDaysAndNamesTheRouteOfItsWeekday() {
        DeliverySchedule tuesdaysAndFridays = DeliverySchedule.weekly(Set.of(TUESDAY, FRIDAY), DAY_BEFORE_2PM, LONG_AGO);
        LocationDeliveries deliveries = new LocationDeliveries(tuesdaysAndFridays, List.of(NORTH, FRIDAY_EXTRA), List.of(), VIENNA);

        List<LocationDelivery> days = deliveries.between(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10));

        assertEquals(LocationDeliveries.Source.OWN, deliveries.source());
        assertEquals(List.of("2027-01-05 N1", "2027-01-08 F1"), days.stream().map(d -> d.day().date() + " " + d.route().code()).toList(),
                "Tuesday: no route runs, the first one is named; Friday: the route that runs on Fridays");
    }

    @Test
    void everyTwoWeeksKeepsItsRhythmAcrossTheYearEnd() {
        DeliverySchedule biweekly = new DeliverySchedule(Set.of(TUESDAY), DAY_BEFORE_2PM, 2, LocalDate.of(2026, 12, 22), true);

        List<LocationDelivery> days = new LocationDeliveries(biweekly, List.of(), List.of(), VIENNA)
                .between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31));

        assertEquals(List.of(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 19)),
                days.stream().map(d -> d.day().date()).toList());
        assertNull(days.get(0).route(), "a location on no route has no route to name");
    }

    @Test
    void everyFiftyTwoWeeksIsOnceAYear() {
        DeliverySchedule yearly = new DeliverySchedule(Set.of(TUESDAY), DAY_BEFORE_2PM, 52, LocalDate.of(2027, 1, 5), true);

        List<LocationDelivery> next = new LocationDeliveries(yearly, List.of(), List.of(), VIENNA)
                .next(Instant.parse("2026-12-31T12:00:00Z"), 2);

        assertEquals(List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2028, 1, 4)), next.stream().map(d -> d.day().date()).toList());
    }

    @Test
    void aClosureOnADeliveryDayMovesItAndSaysWhyOrSkipsIt() {
        Closure christmas = new Closure(LocalDate.of(2026, 12, 25), ClosureRule.MOVE_EARLIER, "Christmas Day");
        Closure newYear = new Closure(LocalDate.of(2027, 1, 1), ClosureRule.SKIP, "New Year");
        RouteRef fridays = new RouteRef(3, "Fridays", "FR",
                DeliverySchedule.weekly(Set.of(FRIDAY), DAY_BEFORE_2PM, LocalDate.of(2000, 1, 3)));

        List<LocationDelivery> next = new LocationDeliveries(null, List.of(fridays), List.of(christmas, newYear), VIENNA)
                .next(Instant.parse("2026-12-20T12:00:00Z"), 2);

        LocationDelivery moved = next.get(0);
        assertEquals(LocalDate.of(2026, 12, 24), moved.day().date());
        assertEquals(LocalDate.of(2026, 12, 25), moved.day().scheduledDate());
        assertEquals("Christmas Day", moved.day().movedBecause().orElseThrow().reason());
        assertEquals(LocalDateTime.of(2026, 12, 23, 14, 0), moved.deadlineIn(VIENNA), "the deadline follows the day it moved to");
        assertEquals("FR", moved.route().code());
        assertEquals(LocalDate.of(2027, 1, 8), next.get(1).day().date(), "New Year's Day is skipped");
    }

    @Test
    void withoutOwnScheduleAndRouteThereAreNoDays() {
        LocationDeliveries none = new LocationDeliveries(null, List.of(), List.of(), VIENNA);
        assertEquals(LocationDeliveries.Source.NONE, none.source());
        assertTrue(none.next(Instant.parse("2027-01-01T00:00:00Z"), 5).isEmpty());

        DeliverySchedule disabled = new DeliverySchedule(Set.of(TUESDAY), DAY_BEFORE_2PM, 1, LONG_AGO, false);
        LocationDeliveries paused = new LocationDeliveries(disabled, List.of(NORTH), List.of(), VIENNA);
        assertEquals(LocationDeliveries.Source.OWN, paused.source());
        assertTrue(paused.next(Instant.parse("2027-01-01T00:00:00Z"), 5).isEmpty(), "a disabled own schedule pauses deliveries");
    }
}
