package com.clientbook.services.customer;

import com.clientbook.domain.shared.RuleViolationException;

/**
 * The vendor has banned this customer company: it may not act towards the vendor (ask for access, accept an
 * invitation, order). Says who restricted, never why: the customer's portal shows a shared reason on its own.
 */
public class CustomerBannedException extends RuleViolationException {

    public CustomerBannedException(String vendorName) {
        super("access.restricted", null, vendorName + " has restricted your access.", vendorName);
    }
}
