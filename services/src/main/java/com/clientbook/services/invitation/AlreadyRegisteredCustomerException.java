package com.clientbook.services.invitation;

import com.clientbook.domain.shared.ConflictException;

/** The address belongs to the vendor's own customer, and somebody of that customer has an account already. */
public class AlreadyRegisteredCustomerException extends ConflictException {

    private final long customerId;

    public AlreadyRegisteredCustomerException(String email, long customerId, String companyName) {
        super("invitation.alreadyCustomer", "email", "The e-mail address " + email + " belongs to " + companyName
                + ", already your registered customer (customer " + customerId + ").", email, companyName);
        this.customerId = customerId;
    }

    public long customerId() {
        return customerId;
    }
}
