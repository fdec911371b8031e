package com.clientbook.services.accessrequest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A vendor the customer company is connected with, as its portal shows it: the vendor's customer number for it, and,
 * while the vendor's ban is in force, that access is restricted, until when, and the reason only if the vendor chose
 * to share it. The card is what the vendor tells its customers of itself, and whether it is available at all.
 */
public record ConnectedVendor(long vendorId, String vendorName, String customerNumber, boolean restricted,
                              String sharedReason, LocalDate restrictedUntil,
                              com.clientbook.services.vendor.VendorCard card) implements Serializable {
}
