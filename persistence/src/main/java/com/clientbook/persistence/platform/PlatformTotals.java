package com.clientbook.persistence.platform;

/** The platform in numbers: vendors by status (the operator company not among them), customer companies, people. */
public record PlatformTotals(long activeVendors, long suspendedVendors, long customers, long people) {
}
