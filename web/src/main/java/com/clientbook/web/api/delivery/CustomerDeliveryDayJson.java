package com.clientbook.web.api.delivery;

import com.clientbook.services.delivery.PlannedDelivery;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.ZoneId;

/** One delivery to one of a customer's locations. */
@JsonbNillable
@Schema(name = "CustomerDeliveryDay", description = "A delivery to one of the customer's delivery locations, with the "
        + "deadline for orders that count for it")
public record CustomerDeliveryDayJson(
        @Schema(required = true, format = "date", example = "2027-01-07") String date,
        @Schema(required = true, format = "int64") long deliveryLocationId,
        @Schema(required = true) String deliveryLocationName,
        @Schema(nullable = true, format = "int64", description = "The route that brings it; null where the location "
                + "is on no route") Long routeId,
        @Schema(nullable = true) String routeName,
        @Schema(nullable = true) String routeCode,
        @Schema(required = true, format = "date-time", example = "2027-01-06T13:00:00Z",
                description = "The order deadline as an instant") String orderDeadline,
        @Schema(required = true, example = "2027-01-06T14:00", description = "The same deadline in the vendor's time zone")
        String orderDeadlineVendorTime,
        @Schema(required = true, example = "Europe/Vienna") String vendorTimeZone,
        @Schema(required = true, example = "2027-01-06T13:00", description = "The same deadline in the customer's time "
                + "zone (the customer company's, else the vendor's)") String orderDeadlineCustomerTime,
        @Schema(required = true, example = "Europe/London") String customerTimeZone,
        @Schema(nullable = true, format = "date", description = "Where a closure moved the delivery: the day it was "
                + "planned for") String movedFrom,
        @Schema(nullable = true, description = "Why it moved: the closure's reason") String movedBecause) {

    static CustomerDeliveryDayJson of(PlannedDelivery day, ZoneId vendorZone, ZoneId customerZone) {
        return new CustomerDeliveryDayJson(day.date().toString(), day.locationId(), day.locationName(), day.routeId(),
                day.routeName(), day.routeCode(), day.orderDeadline().toString(), day.deadlineVendorTime().toString(),
                vendorZone.getId(), day.deadlineCustomerTime().toString(), customerZone.getId(),
                day.movedFrom() == null ? null : day.movedFrom().toString(), day.movedBecause());
    }
}
