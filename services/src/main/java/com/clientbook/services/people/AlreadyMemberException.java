package com.clientbook.services.people;

import com.clientbook.domain.shared.ConflictException;

/** The invited address belongs to an active person of the company already: there is nobody to invite. */
public class AlreadyMemberException extends ConflictException {

    public AlreadyMemberException(String email) {
        super("people.alreadyMember", "email", email + " already belongs to your company.", email);
    }
}
