package com.clientbook.web.api.route;

import com.clientbook.domain.delivery.DeliveryDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.ZoneId;

/** One planned delivery with its order deadline. */
@Schema(name = "DeliveryDay", description = "A delivery day with the deadline for orders that count for it")
public record DeliveryDayJson(
        @Schema(required = true, format = "date", example = "2027-01-07") String date,
        @Schema(required = true, format = "date-time", example = "2027-01-06T13:00:00Z",
                description = "The order deadline as an instant") String orderDeadline,
        @Schema(required = true, example = "2027-01-06T14:00", description = "The same deadline in the vendor's time zone")
        String orderDeadlineVendorTime,
        @Schema(required = true, example = "Europe/Vienna") String vendorTimeZone,
        @Schema(nullable = true, format = "date", description = "Where a closure moved the delivery: the day it was planned for")
        String movedFrom,
        @Schema(nullable = true, description = "Why it moved: the closure's reason") String movedBecause) {

    static DeliveryDayJson of(DeliveryDay day, ZoneId vendorZone) {
        return new DeliveryDayJson(day.date().toString(), day.orderDeadline().toString(),
                day.orderDeadline().atZone(vendorZone).toLocalDateTime().toString(), vendorZone.getId(),
                day.movedBy() == null ? null : day.scheduledDate().toString(),
                day.movedBecause().map(closure -> closure.reason()).orElse(null));
    }
}
