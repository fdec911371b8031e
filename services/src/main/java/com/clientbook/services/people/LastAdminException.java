package com.clientbook.services.people;

import com.clientbook.domain.shared.RuleViolationException;

/** The change would leave the company without an active admin, so nobody could manage its people any more. */
public class LastAdminException extends RuleViolationException {

    public LastAdminException(String person) {
        super("people.lastAdmin", null, person + " is the company's last active admin: make someone else an admin first.",
                person);
    }
}
