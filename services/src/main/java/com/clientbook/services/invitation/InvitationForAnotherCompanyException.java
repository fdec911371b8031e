package com.clientbook.services.invitation;

import com.clientbook.domain.shared.RuleViolationException;

/**
 * The vendor invited a customer it had created (company {@code invitedCompany}); a person of another company cannot
 * take that customer's place.
 */
public class InvitationForAnotherCompanyException extends RuleViolationException {

    public InvitationForAnotherCompanyException(String invitedCompany) {
        super("invitation.anotherCompany", null, "This invitation is for " + invitedCompany
                + "; sign in with an account of that company to accept it.", invitedCompany);
    }
}
