package com.clientbook.services.delivery;

import java.util.List;
import java.util.Map;

/**
 * What the customer list's Route and Next delivery columns (and the API's {@code routes} and {@code nextDelivery})
 * show for a page of a vendor's customers, by relationship id: the codes of the vendor's current routes the
 * customer's locations are stops on, and the next delivery. Customers with neither are not in the maps.
 */
public record DeliveryColumns(Map<Long, List<String>> routeCodes, Map<Long, NextDelivery> next) {

    public static final DeliveryColumns NONE = new DeliveryColumns(Map.of(), Map.of());
}
