package com.clientbook.domain.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person who signs in. Belongs to exactly one company; the e-mail address is unique across the platform. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.FIND_BY_EMAIL, query = "select u from User u where lower(u.email) = :email")
@NamedQuery(name = User.COUNT_BY_ROLE, query = "select count(u) from User u where u.role = :role")
@NamedQuery(name = User.FIND_BY_COMPANY, query = "select u from User u where u.company = :company order by u.id")
@NamedQuery(name = User.FIND_IN_COMPANY, query = "select u from User u where u.company.id = :companyId and u.id = :id")
@NamedQuery(name = User.COUNT_ACTIVE_ADMINS, query = "select count(u) from User u where u.company.id = :companyId"
        + " and u.role = :adminRole and u.status = com.clientbook.domain.user.UserStatus.ACTIVE")
public class User {

    public static final String FIND_BY_EMAIL = "User.findByEmail";
    public static final String COUNT_BY_ROLE = "User.countByRole";
    public static final String FIND_BY_COMPANY = "User.findByCompany";
    public static final String FIND_IN_COMPANY = "User.findInCompany";
    public static final String COUNT_ACTIVE_ADMINS = "User.countActiveAdmins";
    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 50;
    public static final int TIME_ZONE_MAX = 64;
    public static final String LANGUAGE_PATTERN = "[a-z]{2}";

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
    @EmailAddress
    @Column(name = "email", nullable = false)
    private String email;

    @FirstName
    @Column(name = "first_name")
    private String firstName;

    @LastName
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

    /** An ISO 639-1 code in lower case, e.g. "de"; {@code null} when the person chose none. */
    @Column(name = "language")
    private String language;

    /** An IANA time zone, e.g. "Europe/Vienna"; {@code null} when the person chose none. */
    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "office_phone")
    private String officePhone;

    /** A new address the person gave and has not confirmed yet; signing in still uses {@link #email}. */
    @Column(name = "pending_email")
    private String pendingEmail;

    @ElementCollection
    @CollectionTable(name = "app_user_former_email", joinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("replacedAt")
    private List<FormerEmail> formerEmails = new ArrayList<>();

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

    /**
     * An admin of the company gives the person another role of the same kind of people (a vendor's staff member
     * becomes an admin, say; never a buyer or a platform admin). Whether the company keeps an active admin is the
     * service's to check, which holds the company while it counts.
     */
    public void changeRole(Role newRole) {
        Objects.requireNonNull(newRole, "A user needs a role");
        if (!newRole.fits(company.kind()) || !team().allows(newRole)) {
            throw new IllegalArgumentException("Role " + newRole + " does not fit " + team() + " people of a "
                    + company.kind() + " company");
        }
        this.role = newRole;
    }

    /** The kind of people this person belongs to, which decides the roles they may be given. */
    public TeamKind team() {
        return TeamKind.of(role);
    }

    /** Switched off: the person cannot sign in any more; their record and history stay. */
    public void deactivate() {
        this.status = UserStatus.DISABLED;
    }

    /**
     * Whether this person counts as one of the company's administrators: an admin of their kind of people (vendor
     * admin, customer admin or platform admin) who can sign in.
     */
    public boolean isActiveAdmin() {
        return role == team().adminRole() && status == UserStatus.ACTIVE;
    }

    /**
     * Invited (again) by an admin of the company: waiting for the person to choose a password through the link, with
     * the role the admin chose. A deactivated person comes back this way, with a password of their own choosing.
     */
    public void invite(Role newRole, String newFirstName, String newLastName) {
        if (status == UserStatus.ACTIVE) {
            throw new IllegalStateException("An active person needs no invitation");
        }
        changeRole(newRole);
        this.firstName = Text.trimToNull(newFirstName) == null ? firstName : Text.trimToNull(newFirstName);
        this.lastName = Text.trimToNull(newLastName) == null ? lastName : Text.trimToNull(newLastName);
        this.passwordHash = null;
        this.status = UserStatus.PENDING;
    }

    /**
     * The vendor that created the customer corrects the contact person it entered (product rules 9): name and address,
     * only while the person has not set a password (after that, the data is theirs).
     */
    public void correctAsContact(String newEmail, String newFirstName, String newLastName) {
        if (status != UserStatus.PENDING) {
            throw new IllegalStateException("Only a person who has not registered yet is corrected by the vendor");
        }
        this.email = Objects.requireNonNull(Text.trimToNull(newEmail), "A person needs an e-mail address");
        this.firstName = Text.trimToNull(newFirstName);
        this.lastName = Text.trimToNull(newLastName);
    }

    /** The person's own contact data, all optional; the e-mail address changes only through {@link #confirmEmail}. */
    public void describe(String newFirstName, String newLastName, String newLanguage, String newTimeZone, String newOfficePhone) {
        String zone = Text.trimToNull(newTimeZone);
        if (zone != null && !isTimeZone(zone)) {
            throw new IllegalArgumentException("Not an IANA time zone: " + zone);
        }
        String languageCode = Text.trimToNull(newLanguage);
        if (languageCode != null && !Pattern.matches(LANGUAGE_PATTERN, languageCode)) {
            throw new IllegalArgumentException("Not a language code: " + languageCode);
        }
        this.firstName = Text.trimToNull(newFirstName);
        this.lastName = Text.trimToNull(newLastName);
        this.language = languageCode;
        this.timeZone = zone;
        this.officePhone = Text.trimToNull(newOfficePhone);
    }

    /** Whether the text names a region time zone of the IANA database the JDK carries, such as "Europe/Vienna". */
    public static boolean isTimeZone(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }

    /** The person gave a new address; it waits for confirmation, and until then they sign in with the old one. */
    public void requestEmail(String newEmail) {
        this.pendingEmail = Objects.requireNonNull(Text.trimToNull(newEmail), "A new e-mail address is needed");
    }

    /** The person kept (or went back to) their address: a change that waited for confirmation is dropped. */
    public void keepEmail() {
        this.pendingEmail = null;
    }

    /** The link to the new address was used: it becomes the sign-in address, and the old one a former one. */
    public void confirmEmail(Instant now) {
        if (pendingEmail == null) {
            throw new IllegalStateException("No new e-mail address waits for confirmation");
        }
        formerEmails.add(new FormerEmail(email, now));
        this.email = pendingEmail;
        this.pendingEmail = null;
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

    public String language() {
        return language;
    }

    public String timeZone() {
        return timeZone;
    }

    public String officePhone() {
        return officePhone;
    }

    public String pendingEmail() {
        return pendingEmail;
    }

    /** The addresses the person had before, oldest first. */
    public List<FormerEmail> formerEmails() {
        return List.copyOf(formerEmails);
    }

    public long version() {
        return version;
    }
}
