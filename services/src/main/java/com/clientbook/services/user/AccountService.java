package com.clientbook.services.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Signing in and setting passwords. */
@Stateless
public class AccountService {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    /** The person with these credentials, if they match an account that may sign in; records the sign-in. */
    public Optional<SignedInUser> signIn(String email, String password) {
        if (email == null || password == null || password.length() > PasswordHasher.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<User> user = users.findByEmail(email).filter(User::maySignIn);
        if (user.isEmpty() || !passwords.matches(password, user.get().passwordHash())) {
            return Optional.empty();
        }
        user.get().signedIn(clock.instant());
        return user.map(AccountService::signedIn);
    }

    /** The account behind a set-password link, to greet the person by address; empty when the link is not usable. */
    public Optional<String> emailForLink(String token) {
        return usableToken(token).map(t -> t.user().email());
    }

    /** Sets the password of the link's account, spends the link, and activates the account. */
    public SignedInUser setPassword(String token, String newPassword) {
        PasswordToken link = usableToken(token).orElseThrow(InvalidLinkException::new);
        requireStrong(newPassword);
        link.use(clock.instant());
        User user = link.user();
        user.setPassword(passwords.hash(newPassword));
        return signedIn(user);
    }

    /**
     * Creates a single-use, expiring set-password link for a person and queues the e-mail that carries it,
     * in the caller's transaction.
     */
    public void queueSetPasswordEmail(User user, Company invitingVendor) {
        String token = Secrets.newToken();
        Instant now = clock.instant();
        PasswordToken link = users.addToken(new PasswordToken(user, Secrets.hash(token), now));
        String url = configuration.baseUrl() + "/set-password.xhtml?token=" + token;
        String body = "Hello " + user.displayName() + ",\n\n"
                + invitingVendor.name() + " has added your company, " + user.company().name() + ", as a customer on Clientbook.\n"
                + "Choose your password here to sign in:\n\n" + url + "\n\n"
                + "The link works once and until " + link.expiresAt() + " (UTC).\n";
        outbox.queueEmail(user.email(), "Set your Clientbook password", body);
    }

    /** The strength rules for a new password; public so that registering through an invitation uses the same ones. */
    public static void requireStrong(String password) {
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH || password.length() > PasswordHasher.MAX_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().allMatch(Character::isLetter)) {
            throw new WeakPasswordException();
        }
    }

    private Optional<PasswordToken> usableToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return users.findTokenByHash(Secrets.hash(token.strip())).filter(t -> t.isUsableAt(clock.instant()));
    }

    private static SignedInUser signedIn(User user) {
        return new SignedInUser(user.id(), user.company().id(), user.company().name(), user.role(), user.email(), user.displayName());
    }
}
