package com.clientbook.services.user;

import com.clientbook.domain.shared.RuleViolationException;

public class WeakPasswordException extends RuleViolationException {

    public WeakPasswordException() {
        super("password.weak", "password", "A password needs at least " + PasswordHasher.MIN_LENGTH
                + " characters, with letters and at least one digit or symbol.");
    }
}
