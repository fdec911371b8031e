package com.clientbook.services.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How repeated failed sign-ins are slowed down and then locked out, from MicroProfile Config
 * ({@code CLIENTBOOK_SIGN_IN_LOCK_AFTER} or {@code clientbook.sign-in.lock-after}, and so on).
 *
 * <p>The delay doubles with each failure in a row, from {@code first-delay-ms} up to {@code max-delay-ms}: it
 * costs a person who mistyped once a quarter of a second and a script trying passwords two seconds a try. The
 * lock then caps what even many parallel tries can achieve.
 */
@ApplicationScoped
public class SignInPolicy {

    @Inject
    @ConfigProperty(name = "clientbook.sign-in.lock-after", defaultValue = "5")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "clientbook.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "clientbook.sign-in.first-delay-ms", defaultValue = "250")
    long firstDelayMillis;

    @Inject
    @ConfigProperty(name = "clientbook.sign-in.max-delay-ms", defaultValue = "2000")
    long maxDelayMillis;

    protected SignInPolicy() {
        // for CDI
    }

    /** For plain tests: the policy with given numbers. */
    public SignInPolicy(int lockAfter, int lockMinutes, long firstDelayMillis, long maxDelayMillis) {
        this.lockAfter = lockAfter;
        this.lockMinutes = lockMinutes;
        this.firstDelayMillis = firstDelayMillis;
        this.maxDelayMillis = maxDelayMillis;
    }

    /** How many failed sign-ins in a row lock the account (at least 1). */
    public int lockAfter() {
        return Math.max(1, lockAfter);
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(Math.max(0, lockMinutes));
    }

    /** How long to wait before answering the given failure in a row (1 for the first), never more than the maximum. */
    public Duration delayAfter(int failuresInARow) {
        long max = Math.max(0, maxDelayMillis);
        long delay = Math.max(0, firstDelayMillis);
        for (int i = 1; i < failuresInARow && delay < max; i++) {
            delay *= 2;
        }
        return Duration.ofMillis(Math.min(delay, max));
    }
}
