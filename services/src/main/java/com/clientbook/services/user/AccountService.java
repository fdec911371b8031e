package com.clientbook.services.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.Secrets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    @Inject
    SignInPolicy policy;

    @Inject
    PasswordLinks links;

    /**
     * Whether a session signed in as this person may go on: the account is still active and has the role the session
     * was given, and the company is not suspended. A person deactivated, or given another role, by an admin meanwhile, or
     * whose vendor the platform suspended, must sign in again.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean staysSignedIn(SignedInUser user) {
        User account = users.find(user.userId()).orElse(null);
        return account != null && account.status() == UserStatus.ACTIVE && account.role() == user.role()
                && !account.company().isSuspended();
    }

    /** The person with these credentials, if they match an account that may sign in; records the sign-in. */
    public Optional<SignedInUser> signIn(String email, String password) {
        return attemptSignIn(email, password).user();
    }

    /**
     * Checks the credentials against an account that may sign in (active, with a password) and records the outcome:
     * a success resets the count of failures; a failure counts, and the {@link SignInPolicy#lockAfter}-th in a row
     * locks the account for a while and e-mails its owner (once per lock). While locked, even the right password is
     * refused, exactly like a wrong one. Every refusal, whether the address has an account or not, costs one password
     * hash, so timing tells nothing; the answer says how long the caller should wait before it shows the refusal.
     */
    public SignInAttempt attemptSignIn(String email, String password) {
        if (email == null || password == null || password.length() > PasswordHasher.MAX_LENGTH) {
            return SignInAttempt.refused(policy.delayAfter(1));
        }
        Optional<User> account = users.findByEmail(email).filter(User::maySignIn);
        if (account.isEmpty()) {
            passwords.matchAgainstNobody(password);
            return SignInAttempt.refused(policy.delayAfter(1));
        }
        User user = account.get();
        boolean rightPassword = passwords.matches(password, user.passwordHash());
        // Only now hold the row: the slow hash above ran without a lock, the count below is exact.
        users.lockAndRefresh(user);
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            return SignInAttempt.refused(policy.delayAfter(user.failedSignIns()));
        }
        if (rightPassword && user.company().isSuspended()) {
            // told only to someone who proved the password: the company's suspension, with its reason
            return SignInAttempt.companySuspended(user.company().suspensionReason(), policy.delayAfter(1));
        }
        if (rightPassword) {
            user.signedIn(now);
            return SignInAttempt.succeeded(signedIn(user));
        }
        if (user.signInFailed(now, policy.lockAfter(), policy.lockDuration())) {
            queueLockedEmail(user);
        }
        return SignInAttempt.refused(policy.delayAfter(user.failedSignIns()));
    }

    private void queueLockedEmail(User user) {
        String body = "Hello " + user.displayName() + ",\n\n"
                + "somebody, maybe you, failed to sign in to Clientbook as " + user.email() + " " + policy.lockAfter()
                + " times in a row. To protect your account, signing in is blocked until " + user.lockedUntil() + " (UTC).\n\n"
                + "If that was you: wait until then, or choose a new password here, which ends the block at once:\n\n"
                + configuration.baseUrl() + "/forgot-password.xhtml\n\n"
                + "If it was not you: your password held. Choosing a new, longer one does no harm.\n";
        outbox.queueEmail(user.email(), "Your Clientbook account is locked for a while", body);
    }

    /** The account behind a set-password link, to greet the person by address; empty when the link is not usable. */
    public Optional<String> emailForLink(String token) {
        return usableToken(token).map(t -> t.user().email());
    }

    /**
     * Sets the password of the link's account, spends the link, and activates the account. Serves both kinds of
     * link, the first password and a reset; the person's other outstanding links die with it.
     */
    public SignedInUser setPassword(String token, String newPassword) {
        PasswordToken link = usableToken(token).orElseThrow(InvalidLinkException::new);
        requireStrong(newPassword);
        Instant now = clock.instant();
        link.use(now);
        User user = link.user();
        user.setPassword(passwords.hash(newPassword));
        links.revokeOutstanding(user, now);
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
        outbox.queueEmail(user.email(), "Set your Clientbook password", body, invitingVendor);
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
        return users.findTokenByHash(Secrets.hash(token.strip()))
                .filter(t -> t.purpose().choosesPassword())
                .filter(t -> t.isUsableAt(clock.instant()))
                .filter(t -> t.user().status() != UserStatus.DISABLED);
    }

    private static SignedInUser signedIn(User user) {
        return new SignedInUser(user.id(), user.company().id(), user.company().name(), user.role(), user.email(), user.displayName());
    }
}
