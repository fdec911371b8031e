package com.clientbook.services.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An order to place.
 *
 * @param vendorId           the vendor, where the customer's people order; ignored where the vendor's side orders
 * @param customerId         the vendor's customer (relationship id), where the vendor's side orders; else ignored
 * @param deliveryLocationId one of the customer company's current delivery locations
 * @param reason             why the vendor orders for the customer; required after the order deadline
 */
public record NewOrder(Long vendorId, Long customerId,
                       @NotNull(message = "{order.location.required}") Long deliveryLocationId,
                       @NotNull(message = "{order.deliveryDay.required}") LocalDate deliveryDay,
                       @NotEmpty(message = "{order.lines.required}") @Size(max = 200, message = "{order.lines.size}")
                       List<@Valid @NotNull OrderLineInput> lines,
                       @Size(max = 1000, message = "{order.note.size}") String note,
                       @Size(max = 500, message = "{order.reason.size}") String reason) {
}
