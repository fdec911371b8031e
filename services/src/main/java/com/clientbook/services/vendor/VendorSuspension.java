package com.clientbook.services.vendor;

import com.clientbook.domain.company.Company;

/** The one check the features that serve a vendor's offer make (accepting its invitation, say). */
public final class VendorSuspension {

    private VendorSuspension() {
    }

    /** Refuses with {@link VendorSuspendedException} while the platform has the vendor suspended. */
    public static void requireActive(Company vendor) {
        if (vendor.isSuspended()) {
            throw new VendorSuspendedException(vendor.name());
        }
    }
}
