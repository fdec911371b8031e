package com.clientbook.domain.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One delivery as the calendar plans it.
 *
 * @param date          the day the goods arrive
 * @param orderDeadline until when an order counts for this delivery
 * @param scheduledDate the day the schedule named; differs from {@code date} where a closure moved the delivery
 * @param movedBy       the closure that moved it, or {@code null}
 */
public record DeliveryDay(LocalDate date, Instant orderDeadline, LocalDate scheduledDate, Closure movedBy) {

    /** Why this delivery is not on its scheduled day, if it is not. */
    public Optional<Closure> movedBecause() {
        return Optional.ofNullable(movedBy);
    }

    /** Whether an order placed at the given instant still counts for this delivery. */
    public boolean openForOrdersAt(Instant now) {
        return now.isBefore(orderDeadline);
    }
}
