package com.clientbook.services.delivery;

import java.time.ZoneId;
import java.util.List;

/** All deliveries to a customer's locations in a range of days, by date and location. */
public record DeliveryDays(ZoneId vendorZone, ZoneId customerZone, List<PlannedDelivery> days) {
}
