package com.clientbook.services.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2, at the strength OWASP ASVS 5.0 asks for: 600,000
 * iterations of HMAC-SHA-256 (the platform's default of 2,048 is far too weak). Each hash carries its own
 * parameters, so stronger settings later still verify today's hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash hash;

    private volatile String stranger;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Checks a password against the hash of a random one, for a sign-in with an address that has no account:
     * the answer then takes as long as for a wrong password of a real account, so timing does not tell them apart.
     */
    public void matchAgainstNobody(String password) {
        if (stranger == null) {
            stranger = hash(java.util.UUID.randomUUID().toString());
        }
        hash.verify(password.toCharArray(), stranger);
    }
}
