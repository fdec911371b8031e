package com.clientbook.services.accessrequest;

import com.clientbook.domain.shared.ConflictException;

/** The customer company is the vendor's customer already: nothing to ask for. */
public class AlreadyConnectedException extends ConflictException {

    public AlreadyConnectedException(String vendorName) {
        super("access.alreadyConnected", null, "You are " + vendorName + "'s customer already.", vendorName);
    }
}
