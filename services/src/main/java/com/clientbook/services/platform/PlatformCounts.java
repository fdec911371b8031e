package com.clientbook.services.platform;

import com.clientbook.persistence.platform.PlatformTotals;

import java.io.Serializable;

/** The platform admin's home page: vendors active and suspended, customer companies, people (platform admins aside). */
public record PlatformCounts(long activeVendors, long suspendedVendors, long customers, long people) implements Serializable {

    static PlatformCounts of(PlatformTotals totals) {
        return new PlatformCounts(totals.activeVendors(), totals.suspendedVendors(), totals.customers(), totals.people());
    }
}
