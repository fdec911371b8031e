package com.clientbook.services.user;

import com.clientbook.domain.shared.RuleViolationException;

/** A set-password link that is unknown, already used or expired: all three answer the same. */
public class InvalidLinkException extends RuleViolationException {

    public InvalidLinkException() {
        super("password.linkInvalid", null, "This link is not valid any more: it was used already or has expired.");
    }
}
