package com.clientbook.services.invitation;

import com.clientbook.domain.shared.RuleViolationException;

/** The address belongs to a vendor (a person or the company itself): vendors are never invited as customers. */
public class VendorAddressException extends RuleViolationException {

    public VendorAddressException(String email) {
        super("invitation.vendorAddress", "email", "The e-mail address " + email
                + " belongs to a vendor on Clientbook; only customers can be invited.", email);
    }
}
