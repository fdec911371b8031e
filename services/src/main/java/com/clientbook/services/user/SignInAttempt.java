package com.clientbook.services.user;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a sign-in: the person, or a refusal with how long the caller should wait before answering it.
 * The service does not wait itself, so that no transaction and no EJB stays busy while the clock runs; the web
 * layer waits after the service returned.
 */
public record SignInAttempt(Optional<SignedInUser> user, Duration delay) {

    public SignInAttempt {
        Objects.requireNonNull(user);
        Objects.requireNonNull(delay);
    }

    static SignInAttempt succeeded(SignedInUser user) {
        return new SignInAttempt(Optional.of(user), Duration.ZERO);
    }

    static SignInAttempt refused(Duration delay) {
        return new SignInAttempt(Optional.empty(), delay);
    }

    public boolean succeeded() {
        return user.isPresent();
    }
}
