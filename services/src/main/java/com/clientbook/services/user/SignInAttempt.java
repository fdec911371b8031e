package com.clientbook.services.user;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a sign-in: the person, or a refusal with how long the caller should wait before answering it.
 * The service does not wait itself, so that no transaction and no EJB stays busy while the clock runs; the web
 * layer waits after the service returned. A refusal of the right password because the person's company is suspended
 * carries the suspension's reason, which only someone who knows the password is told.
 */
public record SignInAttempt(Optional<SignedInUser> user, Duration delay, String suspensionReason) {

    public SignInAttempt {
        Objects.requireNonNull(user);
        Objects.requireNonNull(delay);
    }

    public SignInAttempt(Optional<SignedInUser> user, Duration delay) {
        this(user, delay, null);
    }

    static SignInAttempt succeeded(SignedInUser user) {
        return new SignInAttempt(Optional.of(user), Duration.ZERO);
    }

    static SignInAttempt refused(Duration delay) {
        return new SignInAttempt(Optional.empty(), delay);
    }

    static SignInAttempt companySuspended(String reason, Duration delay) {
        return new SignInAttempt(Optional.empty(), delay, Objects.requireNonNull(reason));
    }

    public boolean succeeded() {
        return user.isPresent();
    }

    /** The right password, but the person's company (a vendor) is suspended by the platform. */
    public boolean companyIsSuspended() {
        return suspensionReason != null;
    }
}
