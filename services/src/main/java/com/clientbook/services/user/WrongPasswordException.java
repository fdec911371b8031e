package com.clientbook.services.user;

import com.clientbook.domain.shared.RuleViolationException;

/** Changing the password while signed in: the current password given is not the person's. */
public class WrongPasswordException extends RuleViolationException {

    public WrongPasswordException() {
        super("password.currentWrong", "currentPassword", "The current password is not right.");
    }
}
