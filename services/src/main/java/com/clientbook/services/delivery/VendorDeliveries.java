package com.clientbook.services.delivery;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * What a customer's people see of one vendor's deliveries: each of their locations with its next delivery days.
 *
 * @param zone the reader's time zone, in which {@link PlannedDelivery#deadlineCustomerTime()} is given
 */
public record VendorDeliveries(long vendorId, String vendorName, ZoneId zone, List<LocationPlan> locations)
        implements Serializable {

    /** The reader's zone by name, "Europe/London", for pages. */
    public String zoneId() {
        return zone.getId();
    }
}
