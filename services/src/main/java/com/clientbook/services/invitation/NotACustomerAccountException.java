package com.clientbook.services.invitation;

import com.clientbook.domain.shared.RuleViolationException;

/** Only a person of a customer company can accept an invitation; a vendor's (or the platform's) account cannot. */
public class NotACustomerAccountException extends RuleViolationException {

    public NotACustomerAccountException() {
        super("invitation.notACustomerAccount", null,
                "You are signed in with a vendor account; only a customer account can accept an invitation.");
    }
}
