package com.clientbook.services.vendor;

import com.clientbook.services.customer.CustomerStatus;

import java.io.Serializable;
import java.util.Map;

/**
 * How many of a vendor's customers stand at each status of the funnel, in the funnel's order, and how many of them are
 * banned (counted at their status as well: a ban is shown beside the status), and how many are on none of the vendor's
 * routes and how many have no delivery days there (banned or not, as the list shows them from the dashboard's links).
 */
public record Funnel(Map<CustomerStatus, Long> counts, long banned, long onNoRoute, long withoutDeliveryDays) implements Serializable {

    public long count(CustomerStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
