package com.clientbook.services.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.PasswordToken;
import com.clientbook.domain.user.SignInFailures;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.user.SignInFailureRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.mail.Recipient;
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
    com.clientbook.persistence.report.ReportRepository signInWeeks;

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

    @Inject
    SignInFailureRepository signInFailures;

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
     * Checks the credentials against an account that may sign in (active, with a password) and records the outcome
     * per address ({@link SignInFailures}), whether or not an account has it: a success resets the count of
     * failures; a failure counts, and the {@link SignInPolicy#lockAfter}-th in a row locks the address for a while
     * and e-mails the account's owner, if there is one (once per lock). While locked, even the right password is
     * refused, exactly like a wrong one. Known and unknown addresses do the same work (one password hash, one held
     * row) and get the same delays and locks, so neither the answer nor its timing tells whether an account exists;
     * the answer says how long the caller should wait before it shows the refusal.
     */
    public SignInAttempt attemptSignIn(String email, String password) {
        Optional<User> account = email == null ? Optional.empty() : users.findByEmail(email).filter(User::maySignIn);
        boolean rightPassword = checkPassword(account, password);
        // Only now hold the address's row: the slow hash above ran without a lock, the count below is exact.
        Instant now = clock.instant();
        Optional<SignInFailures> failures = signInFailures.lockFor(email, now);
        if (failures.isEmpty()) {
            return SignInAttempt.refused(policy.delayAfter(1));
        }
        SignInFailures address = failures.get();
        if (address.isLockedAt(now)) {
            return SignInAttempt.refused(policy.delayAfter(address.failures()));
        }
        if (rightPassword) {
            User user = account.orElseThrow();
            if (user.company().isSuspended()) {
                // told only to someone who proved the password: the company's suspension, with its reason
                return SignInAttempt.companySuspended(user.company().suspensionReason(), policy.delayAfter(1));
            }
            signInFailures.clear(user.email());
            user.signedIn(now);
            // the platform report's sign-ins per week: a count per week, no person (issue 16)
            signInWeeks.countSignIn(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
            return SignInAttempt.succeeded(signedIn(user));
        }
        if (address.failed(now, policy.lockAfter(), policy.lockDuration())) {
            account.ifPresent(this::queueLockedEmail);
        }
        signInFailures.forgetOld(now);
        return SignInAttempt.refused(policy.delayAfter(address.failures()));
    }

    /**
     * Counts a wrong password given while signed in (changing the password) as a failed sign-in of the person's
     * address, with the same delays and lock; empty when the password is right and the address is not locked, the
     * refusal with the delay to wait otherwise.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SignInAttempt> checkCurrentPassword(long userId, String password) {
        User user = users.get(userId);
        boolean rightPassword = checkPassword(Optional.of(user).filter(User::maySignIn), password);
        Instant now = clock.instant();
        SignInFailures address = signInFailures.lockFor(user.email(), now).orElseThrow();
        if (address.isLockedAt(now)) {
            return Optional.of(SignInAttempt.refused(policy.delayAfter(address.failures())));
        }
        if (rightPassword) {
            return Optional.empty();
        }
        if (address.failed(now, policy.lockAfter(), policy.lockDuration())) {
            queueLockedEmail(user);
        }
        return Optional.of(SignInAttempt.refused(policy.delayAfter(address.failures())));
    }

    /** One password hash whatever the account: against the account's hash, or against nobody's. */
    private boolean checkPassword(Optional<User> account, String password) {
        if (password == null || password.length() > PasswordHasher.MAX_LENGTH) {
            passwords.matchAgainstNobody("");
            return false;
        }
        if (account.isEmpty()) {
            passwords.matchAgainstNobody(password);
            return false;
        }
        return passwords.matches(password, account.get().passwordHash());
    }

    private void queueLockedEmail(User user) {
        outbox.queue(AccountMails.locked(Recipient.of(user), policy.lockAfter(), policy.lockDuration().toMinutes(),
                configuration.baseUrl() + "/forgot-password.xhtml"));
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
        signInFailures.clear(user.email());
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
        outbox.queue(AccountMails.customerAdded(Recipient.of(user), invitingVendor.name(), user.company().name(), url,
                link.expiresAt()), invitingVendor);
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
