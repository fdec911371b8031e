package com.clientbook.services.user;

import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.user.UserRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The e-mailed links that let a person choose a password, in the caller's transaction. Only the newest way in
 * counts: a new link, a used one or a password changed while signed in revokes every other outstanding link of
 * the person, so an old mail in somebody's inbox opens nothing.
 */
@Dependent
public class PasswordLinks {

    private static final Set<PasswordTokenPurpose> PASSWORD_PURPOSES = EnumSet.of(PasswordTokenPurpose.SET_PASSWORD,
            PasswordTokenPurpose.RESET_PASSWORD, PasswordTokenPurpose.JOIN_COMPANY);
    private static final Set<PasswordTokenPurpose> EMAIL_PURPOSES = EnumSet.of(PasswordTokenPurpose.CONFIRM_EMAIL);

    @Inject
    UserRepository users;

    /** Revokes the person's outstanding set-password, reset and join links. */
    public void revokeOutstanding(User user, Instant now) {
        revoke(user, PASSWORD_PURPOSES, now);
    }

    /** Revokes every outstanding link of the person, also a pending e-mail confirmation: for an account switched off. */
    public void revokeAll(User user, Instant now) {
        revoke(user, EnumSet.allOf(PasswordTokenPurpose.class), now);
    }

    /** Revokes the person's outstanding confirmation of a new e-mail address. */
    public void revokeEmailConfirmation(User user, Instant now) {
        revoke(user, EMAIL_PURPOSES, now);
    }

    /** Stores a new link (only the hash of its token) after revoking the older ones; the token is for the e-mail. */
    public PasswordToken issue(User user, PasswordTokenPurpose purpose, String tokenHash, Instant now) {
        return issue(user, purpose, tokenHash, now, purpose.validity());
    }

    /**
     * Stores a new link that lasts {@code validity}; older links of the same kind (a password link or an e-mail
     * confirmation) die, so only the newest mail works.
     */
    public PasswordToken issue(User user, PasswordTokenPurpose purpose, String tokenHash, Instant now, Duration validity) {
        revoke(user, purpose.choosesPassword() ? PASSWORD_PURPOSES : EMAIL_PURPOSES, now);
        return users.addToken(new PasswordToken(user, purpose, tokenHash, now, validity));
    }

    private void revoke(User user, Set<PasswordTokenPurpose> purposes, Instant now) {
        for (PasswordToken token : users.findOutstandingTokens(user, purposes, now)) {
            token.revoke(now);
        }
    }
}
