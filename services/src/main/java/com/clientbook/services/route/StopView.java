package com.clientbook.services.route;

import com.clientbook.domain.company.Address;

/**
 * One stop of a route: the delivery location and whose it is.
 *
 * @param position       0 for the first stop
 * @param customerId     the vendor's customer (relationship) id, or {@code null} where the vendor no longer has the
 *                       company as a customer (unlinked since; the stop stays until someone removes it)
 * @param customerNumber the vendor's number for the customer, if any
 */
public record StopView(int position, long deliveryLocationId, String locationName, Address address, Long customerId,
                       String customerName, String customerNumber) implements java.io.Serializable {
}
