package com.clientbook.services.user;

import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.PasswordTokenPurpose;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's own password: "forgot your password?" by e-mail, and changing it while signed in. Using a reset link
 * is {@link AccountService#setPassword}, the same as the first password's link.
 */
@Stateless
public class PasswordService {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordLinks links;

    @Inject
    AccountService accounts;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    /**
     * Queues an e-mail with a single-use reset link when the address belongs to an active or pending account, and
     * does nothing visible otherwise: the caller learns nothing either way. The token is made and hashed before the
     * address is looked up, so both ways do the same work up to the writes; the page adds a fixed minimum answer
     * time on top. Requesting again revokes the links sent before.
     */
    public void requestReset(String email) {
        String token = Secrets.newToken();
        String tokenHash = Secrets.hash(token);
        Instant now = clock.instant();
        Optional<User> account = users.findByEmail(email).filter(u -> u.status() != UserStatus.DISABLED);
        if (account.isEmpty()) {
            return;
        }
        User user = account.get();
        PasswordToken link = links.issue(user, PasswordTokenPurpose.RESET_PASSWORD, tokenHash, now);
        String url = configuration.baseUrl() + "/set-password.xhtml?token=" + token;
        outbox.queue(AccountMails.passwordReset(Recipient.of(user), url, link.expiresAt()));
    }

    /**
     * Replaces the signed-in person's password after checking the current one; their outstanding set-password and
     * reset links die, and they are told by e-mail. A wrong current password changes nothing but counts as a
     * failed sign-in of the person's address (its own transaction, kept when this one rolls back), with the same
     * delays and lock. Sessions elsewhere
     * keep running (the server keeps no list of a person's sessions).
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        if (actor.userId() == null) {
            throw new NotPermittedException("change a password");
        }
        User user = users.get(actor.userId());
        Optional<SignInAttempt> refused = accounts.checkCurrentPassword(user.id(), currentPassword);
        if (refused.isPresent()) {
            throw new WrongPasswordException(refused.get().delay());
        }
        AccountService.requireStrong(newPassword);
        Instant now = clock.instant();
        user.setPassword(passwords.hash(newPassword));
        links.revokeOutstanding(user, now);
        outbox.queue(AccountMails.passwordChanged(Recipient.of(user), now, configuration.baseUrl() + "/forgot-password.xhtml"));
    }
}
