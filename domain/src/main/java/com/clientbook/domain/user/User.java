package com.clientbook.domain.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A person who signs in. Belongs to exactly one company; the e-mail address is unique across the platform. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.FIND_BY_EMAIL, query = "select u from User u where lower(u.email) = :email")
@NamedQuery(name = User.COUNT_BY_ROLE, query = "select count(u) from User u where u.role = :role")
@NamedQuery(name = User.FIND_BY_COMPANY, query = "select u from User u where u.company = :company order by u.id")
public class User {

    public static final String FIND_BY_EMAIL = "User.findByEmail";
    public static final String COUNT_BY_ROLE = "User.countByRole";
    public static final String FIND_BY_COMPANY = "User.findByCompany";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, updatable = false)
    private Company company;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @NotBlank(message = "{email.required}")
    @Email(message = "{email.invalid}")
    @Size(max = Company.EMAIL_MAX, message = "{email.size}")
    @Column(name = "email", nullable = false)
    private String email;

    @Size(max = NAME_MAX, message = "{user.firstName.size}")
    @Column(name = "first_name")
    private String firstName;

    @Size(max = NAME_MAX, message = "{user.lastName.size}")
    @Column(name = "last_name")
    private String lastName;

    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private UserStatus status;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Failed sign-ins since the last successful one. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** Until when sign-ins are refused, whatever the password; in the past or {@code null} when not locked. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected User() {
        // for JPA
    }

    /** A person added by somebody else: no password yet, so the account waits until the person sets one. */
    public User(Company company, Role role, String email, String firstName, String lastName, Instant now) {
        this.company = Objects.requireNonNull(company, "A user belongs to a company");
        this.role = Objects.requireNonNull(role, "A user needs a role");
        if (!role.fits(company.kind())) {
            throw new IllegalArgumentException("Role " + role + " does not fit a " + company.kind() + " company");
        }
        this.email = Text.trimToNull(email);
        if (this.email == null) {
            throw new IllegalArgumentException("A user needs an e-mail address");
        }
        this.firstName = Text.trimToNull(firstName);
        this.lastName = Text.trimToNull(lastName);
        this.status = UserStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * The person chose a password (through an e-mailed link, at registration or while signed in); the account is
     * active from now on. A lock from failed sign-ins ends too: whoever chose the password knew the old one or
     * could read the owner's mail.
     */
    public void setPassword(String newPasswordHash) {
        if (status == UserStatus.DISABLED) {
            throw new IllegalStateException("A disabled account cannot get a new password");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.status = UserStatus.ACTIVE;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public boolean maySignIn() {
        return status == UserStatus.ACTIVE && passwordHash != null;
    }

    /** A successful sign-in: the count of failures starts again. */
    public void signedIn(Instant now) {
        this.lastSignInAt = now;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** Whether sign-ins are refused at this moment because of earlier failures. Read from the row, so no job unlocks. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in; every {@code lockAfter}-th failure in a row locks the account for {@code lockFor}.
     * Attempts while locked neither count nor lengthen the lock, so nobody can keep an account locked for longer
     * than by waiting for each lock to end.
     *
     * @return whether this failure locked the account, which its owner should be told
     */
    public boolean signInFailed(Instant now, int lockAfter, Duration lockFor) {
        if (lockAfter < 1) {
            throw new IllegalArgumentException("An account locks after at least one failure");
        }
        if (isLockedAt(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns % lockAfter == 0) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }

    public Long id() {
        return id;
    }

    public Company company() {
        return company;
    }

    public Role role() {
        return role;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UserStatus status() {
        return status;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
