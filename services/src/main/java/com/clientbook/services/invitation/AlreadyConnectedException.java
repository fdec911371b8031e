package com.clientbook.services.invitation;

import com.clientbook.domain.shared.ConflictException;

/** The accepting company is the vendor's customer already: nothing to accept, and the page just says so. */
public class AlreadyConnectedException extends ConflictException {

    public AlreadyConnectedException(String companyName, String vendorName) {
        super("invitation.alreadyConnected", null, companyName + " is a customer of " + vendorName + " already.",
                companyName, vendorName);
    }
}
