package com.clientbook.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** An address a person signed in with before they confirmed a new one, and when it was replaced. */
@Embeddable
public class FormerEmail {

    @Column(name = "email", nullable = false, updatable = false)
    private String email;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected FormerEmail() {
        // for JPA
    }

    public FormerEmail(String email, Instant replacedAt) {
        this.email = Objects.requireNonNull(email);
        this.replacedAt = Objects.requireNonNull(replacedAt);
    }

    public String email() {
        return email;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
