package com.clientbook.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, expiring permission to set a person's password, sent to them by e-mail as a link.
 * Only a hash of the token is stored, so a database reader cannot use the links.
 */
@Entity
@Table(name = "password_token")
@NamedQuery(name = PasswordToken.FIND_BY_HASH, query = "select t from PasswordToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(name = PasswordToken.FIND_OUTSTANDING, query = "select t from PasswordToken t where t.user = :user"
        + " and t.purpose in :purposes and t.usedAt is null and t.revokedAt is null and t.expiresAt > :now")
public class PasswordToken {

    public static final String FIND_BY_HASH = "PasswordToken.findByHash";
    public static final String FIND_OUTSTANDING = "PasswordToken.findOutstanding";
    public static final Duration VALIDITY = PasswordTokenPurpose.SET_PASSWORD.validity();

    @Id
    @SequenceGenerator(name = "password_token_seq", sequenceName = "password_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false)
    private PasswordTokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PasswordToken() {
        // for JPA
    }

    /** A link to choose the first password, as sent when somebody else created the account. */
    public PasswordToken(User user, String tokenHash, Instant now) {
        this(user, PasswordTokenPurpose.SET_PASSWORD, tokenHash, now);
    }

    public PasswordToken(User user, PasswordTokenPurpose purpose, String tokenHash, Instant now) {
        this(user, purpose, tokenHash, now, purpose.validity());
    }

    /** A link that lasts {@code validity}, for purposes whose time is a setting (a colleague's invitation). */
    public PasswordToken(User user, PasswordTokenPurpose purpose, String tokenHash, Instant now, Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A link must be valid for some time");
        }
        this.user = Objects.requireNonNull(user);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(validity);
    }

    /** Whether the link may still be used at the given moment: not used, not revoked and not expired. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Makes an outstanding link useless, because a newer one was sent or the password was set another way: only
     * the latest way to choose a password should open the account. Spent or revoked links stay as they are.
     */
    public void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = Objects.requireNonNull(now);
        }
    }

    /** Spends the token. Refuses a token that is used or expired, so a link works exactly once. */
    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("This link has been used or has expired");
        }
        this.usedAt = now;
    }

    public Long id() {
        return id;
    }

    public User user() {
        return user;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public PasswordTokenPurpose purpose() {
        return purpose;
    }
}
