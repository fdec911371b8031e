package com.clientbook.web.api.route;

import com.clientbook.domain.company.Address;
import com.clientbook.services.route.StopView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stop of a route. */
@Schema(name = "RouteStop", description = "A delivery location on a route, at its position in the driver's order")
public record StopJson(
        @Schema(required = true, description = "0 for the first stop") int position,
        @Schema(required = true, format = "int64") long deliveryLocationId,
        @Schema(required = true) String locationName,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(nullable = true) String country,
        @Schema(nullable = true, format = "int64",
                description = "The customer's id; null where the company is no longer the vendor's customer") Long customerId,
        @Schema(required = true) String customerName,
        @Schema(nullable = true) String customerNumber) {

    static StopJson of(StopView stop) {
        Address address = stop.address() == null ? Address.empty() : stop.address();
        return new StopJson(stop.position(), stop.deliveryLocationId(), stop.locationName(), address.street(),
                address.postalCode(), address.city(), address.country(), stop.customerId(), stop.customerName(),
                stop.customerNumber());
    }
}
