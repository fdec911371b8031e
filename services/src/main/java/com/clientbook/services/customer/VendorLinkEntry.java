package com.clientbook.services.customer;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a customer company's own history of who listed it: a vendor started listing it ({@code VENDOR_LINKED}),
 * stopped ({@code VENDOR_UNLINKED}), or the company disconnected the vendor ({@code VENDOR_DISCONNECTED}); when, and
 * the vendor's name as it was then.
 */
public record VendorLinkEntry(Instant at, long vendorId, String vendorName, String action) implements Serializable {
}
