package com.clientbook.services.user;

import com.clientbook.domain.shared.RuleViolationException;

import java.time.Duration;

/**
 * Changing the password while signed in: the current password given is not the person's, or the person's address is
 * locked by failed tries. It counted as a failed sign-in; {@link #delay} is how long the caller should wait before
 * showing the refusal, as after a failed sign-in.
 */
public class WrongPasswordException extends RuleViolationException {

    private final transient Duration delay;

    public WrongPasswordException() {
        this(Duration.ZERO);
    }

    public WrongPasswordException(Duration delay) {
        super("password.currentWrong", "currentPassword", "The current password is not right.");
        this.delay = delay;
    }

    public Duration delay() {
        return delay == null ? Duration.ZERO : delay;
    }
}
