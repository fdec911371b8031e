package com.clientbook.web.route;

import java.io.Serializable;

/**
 * A delivery location the route's "Add stop" search offers: one of the customer's current locations, or the customer
 * alone ({@code locationId} null) where it has none yet.
 */
public record StopCandidate(long customerId, String customerName, String customerNumber, Long locationId,
                            String locationName, String address, boolean onRoute) implements Serializable {
}
