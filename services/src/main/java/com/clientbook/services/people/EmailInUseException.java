package com.clientbook.services.people;

import com.clientbook.domain.shared.ConflictException;

/** The e-mail address belongs to another person on Clientbook (addresses are unique across the platform). */
public class EmailInUseException extends ConflictException {

    public EmailInUseException(String email) {
        super("people.emailTaken", "email", "The e-mail address " + email + " already belongs to another account.", email);
    }
}
