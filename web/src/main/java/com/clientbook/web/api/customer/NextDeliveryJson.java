package com.clientbook.web.api.customer;

import com.clientbook.services.delivery.NextDelivery;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's next delivery, as the customer list's "next delivery" column shows it. */
@JsonbNillable
@Schema(name = "NextDelivery", description = "The customer's next delivery day an order placed now still counts for, "
        + "the earliest among its delivery locations, with its order deadline (GET /customers/{id}/delivery-days "
        + "gives every day)")
public record NextDeliveryJson(
        @Schema(required = true, format = "date", example = "2027-01-07") String date,
        @Schema(required = true, format = "date-time", example = "2027-01-06T13:00:00Z",
                description = "The order deadline as an instant") String orderDeadline,
        @Schema(required = true, example = "2027-01-06T14:00", description = "The same deadline in the vendor's time zone")
        String orderDeadlineVendorTime,
        @Schema(nullable = true, description = "The code of the route that brings it; null where none does") String routeCode) {

    static NextDeliveryJson of(NextDelivery next) {
        return next == null ? null : new NextDeliveryJson(next.date().toString(), next.orderDeadline().toString(),
                next.deadlineVendorTime().toString(), next.routeCode());
    }
}
