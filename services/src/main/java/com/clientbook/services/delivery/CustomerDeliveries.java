package com.clientbook.services.delivery;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's delivery locations at one vendor, each with its next deliveries.
 *
 * @param customerZone the customer company's own time zone, else the vendor's
 */
public record CustomerDeliveries(ZoneId vendorZone, ZoneId customerZone, List<LocationPlan> locations) implements Serializable {

    /** The vendor's zone by name, "Europe/Vienna", for pages. */
    public String vendorZoneId() {
        return vendorZone.getId();
    }

    /** The customer's zone by name, for pages. */
    public String customerZoneId() {
        return customerZone.getId();
    }

    /** Whether one of the locations is a stop on a route. */
    public boolean onRoute() {
        return locations.stream().anyMatch(location -> location.schedule().onRoute());
    }

    /** Whether one of the locations has a next delivery day. */
    public boolean hasDeliveryDays() {
        return locations.stream().anyMatch(location -> !location.next().isEmpty());
    }
}
