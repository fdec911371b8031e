package com.clientbook.services.accessrequest;

import com.clientbook.domain.shared.ConflictException;

/** The request was approved or rejected already (by someone else, say): it cannot be decided twice. */
public class AccessRequestDecidedException extends ConflictException {

    public AccessRequestDecidedException(String companyName) {
        super("access.decided", null, "The request of " + companyName + " has been decided already.", companyName);
    }
}
