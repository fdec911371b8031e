package com.clientbook.services.customer;

import java.io.Serializable;
import java.time.Instant;

/** A vendor that lists the customer company now, since when, and how they came together (created, linked, ...). */
public record ListingVendor(long vendorId, String vendorName, Instant since, String origin) implements Serializable {
}
