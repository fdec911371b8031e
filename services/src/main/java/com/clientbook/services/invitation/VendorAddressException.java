package com.clientbook.services.invitation;

import com.clientbook.domain.shared.RuleViolationException;

/**
 * The address belongs to a vendor (a person or the company itself): vendors are never invited as customers. The
 * refusal does not say so: which kind of account an address has is not for the inviting vendor to learn.
 */
public class VendorAddressException extends RuleViolationException {

    public VendorAddressException(String email) {
        super("invitation.addressNotInvitable", "email", "The e-mail address " + email
                + " cannot be invited; invite another address of the customer.", email);
    }
}
