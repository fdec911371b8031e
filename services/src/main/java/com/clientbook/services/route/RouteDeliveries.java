package com.clientbook.services.route;

import com.clientbook.domain.delivery.DeliveryDay;

import java.time.ZoneId;
import java.util.List;

/** A route's planned deliveries, and the vendor's time zone their deadlines were set in. */
public record RouteDeliveries(ZoneId vendorZone, List<DeliveryDay> days) {
}
