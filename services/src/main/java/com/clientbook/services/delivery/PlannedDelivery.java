package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.LocationDelivery;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One delivery to one of a customer's locations, with its order deadline as an instant and on both wall clocks.
 *
 * @param routeId              the route that brings it, or {@code null}
 * @param deadlineVendorTime   the deadline in the vendor's time zone
 * @param deadlineCustomerTime the deadline in the customer's time zone
 * @param movedFrom            the day the schedule named, where a closure moved the delivery; else {@code null}
 * @param movedBecause         the closure's reason, where it moved
 */
public record PlannedDelivery(LocalDate date, long locationId, String locationName, Long routeId, String routeName,
                              String routeCode, Instant orderDeadline, LocalDateTime deadlineVendorTime,
                              LocalDateTime deadlineCustomerTime, LocalDate movedFrom, String movedBecause)
        implements Serializable {

    static PlannedDelivery of(LocationDelivery delivery, long locationId, String locationName, ZoneId vendorZone,
                              ZoneId customerZone) {
        var day = delivery.day();
        var route = delivery.route();
        return new PlannedDelivery(day.date(), locationId, locationName, route == null ? null : route.id(),
                route == null ? null : route.name(), route == null ? null : route.code(), day.orderDeadline(),
                delivery.deadlineIn(vendorZone), delivery.deadlineIn(customerZone),
                day.movedBy() == null ? null : day.scheduledDate(), day.movedBecause().map(c -> c.reason()).orElse(null));
    }

    public boolean moved() {
        return movedFrom != null;
    }
}
