package com.clientbook.services.vendor;

import com.clientbook.domain.shared.RuleViolationException;

/** The vendor is suspended by the platform: nothing it offers (invitations, say) can be used until it is reactivated. */
public class VendorSuspendedException extends RuleViolationException {

    public VendorSuspendedException(String vendorName) {
        super("vendor.suspended", null, vendorName + " is not available on Clientbook at the moment; try again later.",
                vendorName);
    }
}
