package com.clientbook.domain.order;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which of a vendor's orders a list shows; every filter is optional. With {@code updatedSince} the list is the delta
 * sync of the API: orders changed at or after that instant, oldest change first; otherwise by delivery day and number.
 *
 * @param relationshipId one customer of the vendor
 * @param byVendor       only orders the vendor placed for its customers (true), or only the customers' own (false)
 */
public record OrderQuery(LocalDate deliveryDay, OrderStatus status, Long routeId, Long relationshipId, Boolean byVendor,
                         Instant updatedSince, int page, int size) {

    public static OrderQuery firstPage(int size) {
        return new OrderQuery(null, null, null, null, null, null, 0, size);
    }
}
