package com.clientbook.services.invitation;

import com.clientbook.domain.shared.ConflictException;

/** The invited address has an account already: the person signs in to accept instead of registering again. */
public class AccountExistsException extends ConflictException {

    public AccountExistsException(String email) {
        super("invitation.accountExists", null, "There is an account for " + email + " already; sign in to accept.", email);
    }
}
