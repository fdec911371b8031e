package com.clientbook.domain.user;

import java.time.Duration;

/**
 * Why a password link was sent, which decides how long it lasts. Both let the person choose a password; a
 * reset link is asked for by someone who can type the address, so it lives for a short while only.
 */
public enum PasswordTokenPurpose {
    /** Sent when somebody else created the account: the first password. */
    SET_PASSWORD(Duration.ofDays(7)),
    /** Asked for on "Forgot your password?". */
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    PasswordTokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
