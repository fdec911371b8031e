package com.clientbook.services.customer;

import com.clientbook.domain.shared.ConflictException;

/** The company is already a customer of the vendor: a vendor has at most one relationship with each company. */
public class AlreadyLinkedException extends ConflictException {

    public AlreadyLinkedException(long companyId, String companyName) {
        super("customer.alreadyLinked", "companyId",
                "Company " + companyId + " (" + companyName + ") is already your customer.", companyName);
    }
}
