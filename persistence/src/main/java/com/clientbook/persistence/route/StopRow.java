package com.clientbook.persistence.route;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.location.ReceivingWindow;

import java.util.List;

/**
 * One stop of a route as a driver needs it, read with its location, company, the vendor's relationship and the
 * location's receiving hours in one statement ({@link RouteRepository#stops}).
 *
 * @param position       0 for the first stop
 * @param customerId     the vendor's relationship with the location's company, or {@code null} where there is none
 *                       (unlinked since)
 * @param phone          the location's contact phone, else the company's
 * @param receivingHours in week order
 */
public record StopRow(int position, long locationId, String locationName, Address address, Long customerId,
                      String customerName, String customerNumber, String deliveryInstructions, String phone,
                      List<ReceivingWindow> receivingHours) {
}
