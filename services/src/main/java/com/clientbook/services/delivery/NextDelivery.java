package com.clientbook.services.delivery;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A customer's next delivery at a vendor: the earliest delivery day, over all the customer's current delivery
 * locations, whose order deadline has not passed; what the customer list's "next delivery" column and the API's
 * {@code nextDelivery} show.
 *
 * @param deadlineVendorTime the order deadline on the vendor's wall clock
 * @param routeCode          the code of the route that brings it, or {@code null} where none does
 */
public record NextDelivery(LocalDate date, Instant orderDeadline, LocalDateTime deadlineVendorTime, String routeCode)
        implements Serializable {
}
