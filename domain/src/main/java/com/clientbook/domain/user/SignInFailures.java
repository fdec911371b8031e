package com.clientbook.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed sign-ins in a row with one e-mail address, counted whether or not an account has the address: an
 * unknown address is slowed down and locked exactly like a known one, so neither the delay nor the lock tells
 * whether somebody has an account. The address is kept as compared (trimmed, lower case).
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

    @Id
    @Column(name = "address", nullable = false, updatable = false)
    private String address;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected SignInFailures() {
        // for JPA
    }

    public SignInFailures(String address, Instant now) {
        this.address = Objects.requireNonNull(address, "an address");
        this.lastFailureAt = Objects.requireNonNull(now);
    }

    /** Whether sign-ins with this address are refused at this moment, whatever the password. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failure; every {@code lockAfter}-th in a row locks the address for {@code lockFor}. Attempts while
     * locked neither count nor lengthen the lock, so nobody can keep an address locked longer than by waiting for
     * each lock to end.
     *
     * @return whether this failure locked the address, which the owner of an account with it should be told
     */
    public boolean failed(Instant now, int lockAfter, Duration lockFor) {
        if (lockAfter < 1) {
            throw new IllegalArgumentException("An address locks after at least one failure");
        }
        if (isLockedAt(now)) {
            return false;
        }
        failures++;
        lastFailureAt = now;
        if (failures % lockAfter == 0) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public String address() {
        return address;
    }

    public int failures() {
        return failures;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
