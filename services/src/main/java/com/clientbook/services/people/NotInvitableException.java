package com.clientbook.services.people;

import com.clientbook.domain.shared.RuleViolationException;

/** Resending or revoking an invitation of a person who is not waiting for one (they are active already, say). */
public class NotInvitableException extends RuleViolationException {

    public NotInvitableException(String person) {
        super("people.notInvited", null, person + " has no open invitation.", person);
    }
}
