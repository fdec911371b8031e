package com.clientbook.domain.delivery;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One delivery to one delivery location.
 *
 * @param day   the day with its order deadline and, where a closure moved it, from where and why
 * @param route the route that brings it, or {@code null} where the location is on no route
 */
public record LocationDelivery(DeliveryDay day, RouteRef route) {

    /** The order deadline on the wall clock of the given zone: the vendor's, or the customer's. */
    public LocalDateTime deadlineIn(ZoneId zone) {
        return LocalDateTime.ofInstant(day.orderDeadline(), zone);
    }
}
