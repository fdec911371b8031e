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

    /** The person chose a password (through a set-password link or at registration); the account is active from now on. */
    public void setPassword(String newPasswordHash) {
        if (status == UserStatus.DISABLED) {
            throw new IllegalStateException("A disabled account cannot get a new password");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.status = UserStatus.ACTIVE;
    }

    public boolean maySignIn() {
        return status == UserStatus.ACTIVE && passwordHash != null;
    }

    public void signedIn(Instant now) {
        this.lastSignInAt = now;
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
}
