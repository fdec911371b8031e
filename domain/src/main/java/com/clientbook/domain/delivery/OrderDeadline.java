package com.clientbook.domain.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Until when an order counts for a delivery day: a time of day, a number of days before the delivery. "14:00 the day
 * before" is {@code (1, 14:00)}; "Friday 12:00 for Monday" is {@code (3, 12:00)}; "06:00 on the day" is
 * {@code (0, 06:00)}. The time is the vendor's wall-clock time.
 *
 * @param daysBefore how many days before the delivery day the deadline falls, 0 to {@value #DAYS_BEFORE_MAX}
 * @param time       the time of day on that day, in the vendor's time zone
 */
public record OrderDeadline(int daysBefore, LocalTime time) {

    public static final int DAYS_BEFORE_MAX = 14;

    public OrderDeadline {
        Objects.requireNonNull(time, "An order deadline needs a time of day");
        if (daysBefore < 0 || daysBefore > DAYS_BEFORE_MAX) {
            throw new IllegalArgumentException("An order deadline lies 0 to " + DAYS_BEFORE_MAX
                    + " days before the delivery, not " + daysBefore);
        }
    }

    /**
     * The deadline for a delivery on the given day, as an instant. On the night clocks go forward, a wall-clock time
     * that does not exist (02:30 in Vienna on the last Sunday of March) becomes the same time after the switch
     * (03:30); on the night they go back, a time that exists twice is the earlier one, so nobody is promised the
     * later hour.
     */
    public Instant forDelivery(LocalDate deliveryDay, ZoneId vendorZone) {
        return ZonedDateTime.of(deliveryDay.minusDays(daysBefore), time, vendorZone).toInstant();
    }

    @Override
    public String toString() {
        return time + (daysBefore == 0 ? " on the day" : daysBefore == 1 ? " the day before" : " " + daysBefore + " days before");
    }
}
