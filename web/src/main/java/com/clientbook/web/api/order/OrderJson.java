package com.clientbook.web.api.order;

import com.clientbook.domain.order.OrderStatus;
import com.clientbook.services.order.OrderView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as the vendor's ERP reads it. The customer number and route are those of when the order was placed.
 */
@JsonbPropertyOrder({"id", "number", "status", "customerId", "customerName", "customerNumber", "deliveryLocationId",
        "deliveryLocationName", "deliveryDay", "orderDeadline", "orderDeadlineVendorTime", "routeId", "routeCode",
        "routeName", "lines", "note", "placedAt", "placedBy", "placedByVendor", "onBehalfReason", "cancelReason",
        "updatedAt", "version"})
@Schema(name = "Order")
public record OrderJson(long id, long number, OrderStatus status,
                        @Schema(description = "The vendor's customer (as under /customers/{id})") long customerId,
                        String customerName,
                        @Schema(nullable = true, description = "The customer number when the order was placed")
                        String customerNumber,
                        long deliveryLocationId, String deliveryLocationName,
                        @Schema(description = "The day the goods arrive") LocalDate deliveryDay,
                        @Schema(nullable = true, description = "Until when the customer may change or cancel it; null "
                                + "where the location has no delivery days") Instant orderDeadline,
                        @Schema(nullable = true, description = "The deadline on the vendor's wall clock, such as "
                                + "2027-01-06T14:00") String orderDeadlineVendorTime,
                        @Schema(nullable = true) Long routeId,
                        @Schema(nullable = true, description = "The route's code when the order was placed") String routeCode,
                        @Schema(nullable = true) String routeName,
                        List<OrderLineJson> lines,
                        @Schema(nullable = true) String note,
                        Instant placedAt,
                        @Schema(description = "Who placed it: a person, or an API key") String placedBy,
                        @Schema(description = "true where the vendor's people or ERP placed it for the customer")
                        boolean placedByVendor,
                        @Schema(nullable = true) String onBehalfReason,
                        @Schema(nullable = true) String cancelReason,
                        Instant updatedAt,
                        @Schema(description = "The order's version, also its ETag") long version) {

    static OrderJson of(OrderView order) {
        return new OrderJson(order.id(), order.number(), order.status(), order.customerId(), order.customerName(),
                order.customerNumber(), order.deliveryLocationId(), order.deliveryLocationName(), order.deliveryDay(),
                order.orderDeadline(), order.deadlineVendorTime() == null ? null : order.deadlineVendorTime().toString(),
                order.routeId(), order.routeCode(), order.routeName(), order.lines().stream().map(OrderLineJson::of).toList(),
                order.note(), order.placedAt(), order.placedBy(), order.placedByVendor(), order.onBehalfReason(),
                order.cancelReason(), order.updatedAt(), order.version());
    }
}
