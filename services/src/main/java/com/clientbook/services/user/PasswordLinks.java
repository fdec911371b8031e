package com.clientbook.services.user;

import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.user.UserRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.EnumSet;

/**
 * The e-mailed links that let a person choose a password, in the caller's transaction. Only the newest way in
 * counts: a new link, a used one or a password changed while signed in revokes every other outstanding link of
 * the person, so an old mail in somebody's inbox opens nothing.
 */
@Dependent
public class PasswordLinks {

    private static final EnumSet<PasswordTokenPurpose> PASSWORD_PURPOSES = EnumSet.allOf(PasswordTokenPurpose.class);

    @Inject
    UserRepository users;

    /** Revokes the person's outstanding set-password and reset links. */
    public void revokeOutstanding(User user, Instant now) {
        for (PasswordToken token : users.findOutstandingTokens(user, PASSWORD_PURPOSES, now)) {
            token.revoke(now);
        }
    }

    /** Stores a new link (only the hash of its token) after revoking the older ones; the token is for the e-mail. */
    public PasswordToken issue(User user, PasswordTokenPurpose purpose, String tokenHash, Instant now) {
        revokeOutstanding(user, now);
        return users.addToken(new PasswordToken(user, purpose, tokenHash, now));
    }
}
