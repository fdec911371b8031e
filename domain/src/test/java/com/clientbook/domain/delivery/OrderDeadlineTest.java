package com.clientbook.domain.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Deadlines in the vendor's wall-clock time, across the nights the clocks change, read by a customer elsewhere. */
class OrderDeadlineTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aDeadlineTheNightBeforeTheClocksGoForwardIsInSummerTime() {
        // clocks go forward in Vienna at 02:00 on Sunday 2027-03-28; a Monday delivery's deadline is Sunday 23:00 CEST
        Instant deadline = new OrderDeadline(1, LocalTime.of(23, 0)).forDelivery(LocalDate.of(2027, 3, 29), VIENNA);

        assertEquals(Instant.parse("2027-03-28T21:00:00Z"), deadline);
        assertEquals(LocalDateTime.of(2027, 3, 28, 22, 0), LocalDateTime.ofInstant(deadline, LONDON)); // BST
    }

    @Test
    void aDeadlineOnTheSaturdayBeforeTheSwitchIsStillInWinterTime() {
        Instant deadline = new OrderDeadline(1, LocalTime.of(23, 0)).forDelivery(LocalDate.of(2027, 3, 28), VIENNA);

        assertEquals(Instant.parse("2027-03-27T22:00:00Z"), deadline);
        assertEquals(LocalDateTime.of(2027, 3, 27, 22, 0), LocalDateTime.ofInstant(deadline, LONDON)); // GMT
    }

    @Test
    void aDeadlineInTheHourThatDoesNotExistMovesPastTheSwitch() {
        Instant deadline = new OrderDeadline(0, LocalTime.of(2, 30)).forDelivery(LocalDate.of(2027, 3, 28), VIENNA);

        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), deadline); // 03:30 CEST
    }

    @Test
    void aDeadlineInTheHourThatExistsTwiceIsTheEarlierOne() {
        Instant deadline = new OrderDeadline(0, LocalTime.of(2, 30)).forDelivery(LocalDate.of(2027, 10, 31), VIENNA);

        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), deadline); // 02:30 CEST, not 02:30 CET an hour later
    }

    @Test
    void fridayNoonForMondayIsThreeDaysBefore() {
        Instant deadline = new OrderDeadline(3, LocalTime.NOON).forDelivery(LocalDate.of(2027, 1, 4), VIENNA);

        assertEquals(Instant.parse("2027-01-01T11:00:00Z"), deadline); // across the year end, Friday 12:00 CET
    }

    @Test
    void aDeadlineLiesNoMoreThanTwoWeeksBefore() {
        assertThrows(IllegalArgumentException.class, () -> new OrderDeadline(15, LocalTime.NOON));
        assertThrows(IllegalArgumentException.class, () -> new OrderDeadline(-1, LocalTime.NOON));
        assertThrows(NullPointerException.class, () -> new OrderDeadline(1, null));
    }
}
