package com.clientbook.domain.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The delivery day an order is for, as the calendar gave it when the order was placed.
 *
 * @param deadline until when the customer may order, change and cancel; {@code null} where the location has no
 *                 delivery days and the customer chose a day the vendor delivers on
 * @param routeId  the route that brings it, or {@code null}; its code and name are copied with it
 */
public record DeliverySlot(LocalDate day, Instant deadline, Long routeId, String routeCode, String routeName) {

    public DeliverySlot {
        Objects.requireNonNull(day, "An order is for a delivery day");
    }
}
