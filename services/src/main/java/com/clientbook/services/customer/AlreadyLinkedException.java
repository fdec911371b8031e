package com.clientbook.services.customer;

import com.clientbook.domain.shared.ConflictException;

/**
 * The company is already a customer of the vendor: a vendor has at most one relationship with each company. Names
 * the company by its name only, never by its sequential id (docs/product-rules.md rule 11).
 */
public class AlreadyLinkedException extends ConflictException {

    public AlreadyLinkedException(long companyId, String companyName) {
        super("customer.alreadyLinked", null, companyName + " is already your customer.", companyName);
    }
}
