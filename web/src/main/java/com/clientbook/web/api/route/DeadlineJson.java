package com.clientbook.web.api.route;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order deadline: a time of the vendor's day, some days before the delivery. */
@Schema(name = "OrderDeadline", description = "Until when an order counts for a delivery: \"14:00 the day before\" is "
        + "daysBefore 1, time 14:00")
public record DeadlineJson(
        @Schema(required = true, minimum = "0", maximum = "14") Integer daysBefore,
        @Schema(required = true, example = "14:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                description = "The vendor's wall-clock time (its time zone)") String time) {
}
