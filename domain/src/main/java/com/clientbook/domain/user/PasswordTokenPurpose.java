package com.clientbook.domain.user;

import java.time.Duration;

/**
 * Why an e-mailed link was sent, which decides how long it lasts and what it opens. The first three let the person
 * choose a password; a reset link is asked for by someone who can type the address, so it lives for a short while
 * only. A colleague's invitation lasts as long as the platform's invitations do, so its validity is given when it
 * is made. A confirmation of a new e-mail address sets no password.
 */
public enum PasswordTokenPurpose {
    /** Sent when somebody else created the account: the first password. */
    SET_PASSWORD(Duration.ofDays(7), true),
    /** Asked for on "Forgot your password?". */
    RESET_PASSWORD(Duration.ofHours(1), true),
    /** A customer admin invited a colleague into the company: the first password, valid as long as invitations are. */
    JOIN_COMPANY(Duration.ofDays(14), true),
    /** Sent to a new e-mail address the person gave: using it makes the address theirs. */
    CONFIRM_EMAIL(Duration.ofDays(2), false);

    private final Duration validity;
    private final boolean choosesPassword;

    PasswordTokenPurpose(Duration validity, boolean choosesPassword) {
        this.validity = validity;
        this.choosesPassword = choosesPassword;
    }

    /** How long a link lasts unless it is made with a validity of its own. */
    public Duration validity() {
        return validity;
    }

    /** Whether the link's page lets the person choose a password. */
    public boolean choosesPassword() {
        return choosesPassword;
    }
}
