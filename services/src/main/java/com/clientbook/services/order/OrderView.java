package com.clientbook.services.order;

import com.clientbook.domain.order.CustomerOrder;
import com.clientbook.domain.order.OrderStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as its vendor and its customer read it.
 *
 * @param customerId           the vendor's customer (relationship id)
 * @param customerNumber       the customer number when the order was placed
 * @param deadlineVendorTime   the order deadline on the vendor's wall clock, or {@code null} where there is none
 * @param changeableByCustomer whether the customer may still change or cancel it now
 */
public record OrderView(long id, long number, long vendorId, String vendorName, long customerId, long customerCompanyId,
                        String customerName, String customerNumber, long deliveryLocationId, String deliveryLocationName,
                        LocalDate deliveryDay, Instant orderDeadline, LocalDateTime deadlineVendorTime, Long routeId,
                        String routeCode, String routeName, OrderStatus status, String note, Instant placedAt,
                        String placedBy, boolean placedByVendor, String onBehalfReason, String cancelReason,
                        String statusChangedBy, Instant updatedAt, List<OrderLineView> lines, long version,
                        boolean changeableByCustomer) implements Serializable {

    static OrderView of(CustomerOrder order, Instant now) {
        var vendor = order.vendor();
        return new OrderView(order.id(), order.number(), vendor.id(), vendor.name(), order.relationship().id(),
                order.customer().id(), order.customer().name(), order.customerNumber(), order.deliveryLocation().id(),
                order.deliveryLocation().name(), order.deliveryDay(), order.orderDeadline(),
                order.orderDeadline() == null ? null : LocalDateTime.ofInstant(order.orderDeadline(), vendor.zone()),
                order.routeId(), order.routeCode(), order.routeName(), order.status(), order.note(), order.placedAt(),
                order.placedBy(), order.placedByVendor(), order.onBehalfReason(), order.cancelReason(),
                order.statusChangedBy(), order.updatedAt(), order.lines().stream().map(OrderLineView::of).toList(),
                order.version(), order.changeableByCustomerAt(now));
    }
}
