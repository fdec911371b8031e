package com.clientbook.domain.company;

import com.clientbook.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A legal business on the platform: a vendor that supplies, or a customer that is supplied. */
@Entity
@Table(name = "company")
@NamedQuery(name = Company.FIND_CUSTOMER_BY_EMAIL,
        query = "select c from Company c where c.kind = com.clientbook.domain.company.CompanyKind.CUSTOMER"
                + " and lower(c.email) = :email")
@NamedQuery(name = Company.FIND_LISTED_VENDORS,
        query = "select c from Company c where c.kind = com.clientbook.domain.company.CompanyKind.VENDOR and c.listed = true"
                + " and c.suspendedAt is null and lower(c.name) like :name escape '\\' order by lower(c.name), c.id")
@NamedQuery(name = Company.FIND_BY_NAME_AND_KIND,
        query = "select c from Company c where c.kind = :kind and c.name = :name")
public class Company {

    public static final String FIND_CUSTOMER_BY_EMAIL = "Company.findCustomerByEmail";
    public static final String FIND_BY_NAME_AND_KIND = "Company.findByNameAndKind";
    public static final String FIND_LISTED_VENDORS = "Company.findListedVendors";
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 50;
    public static final int LEGAL_NAME_MAX = 200;
    public static final int INDUSTRY_MAX = 100;
    /** The company's language: an ISO 639-1 code in lower case, such as "de" or "en". */
    public static final String LANGUAGE_PATTERN = "[a-z]{2}";
    public static final int WEBSITE_MAX = 200;
    /** A website is a web address: http or https, nothing a browser would run as a script. */
    public static final String WEBSITE_PATTERN = "https?://[^\\s<>\"]+";
    public static final int ABOUT_MAX = 2000;
    public static final int SUSPENSION_REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    /**
     * What the API calls the company by (docs/product-rules.md rule 11): random, so it tells nothing about other
     * companies and cannot be counted through, unlike the sequential {@link #id()}.
     */
    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private CompanyKind kind;

    @NotBlank(message = "{company.name.required}")
    @CompanyName
    @Column(name = "name", nullable = false)
    private String name;

    @EmailAddress
    @Column(name = "email")
    private String email;

    @PhoneNumber
    @Column(name = "phone")
    private String phone;

    @Valid
    @Embedded
    private Address address = Address.empty();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The name in the commercial register, when it differs from the name people use ("Café Central GmbH"). */
    @Size(max = LEGAL_NAME_MAX, message = "{company.legalName.size}")
    @Column(name = "legal_name")
    private String legalName;

    /** Normalised by {@link VatId}: upper case, no blanks, dots or dashes. */
    @jakarta.validation.constraints.Pattern(regexp = VatId.PATTERN, message = "{company.vatId.malformed}")
    @Column(name = "vat_id")
    private String vatId;

    @Size(max = INDUSTRY_MAX, message = "{company.industry.size}")
    @Column(name = "industry")
    private String industry;

    @jakarta.validation.constraints.Pattern(regexp = LANGUAGE_PATTERN, message = "{company.language.invalid}")
    @Column(name = "language")
    private String language;

    /** A vendor's time zone, which decides its order deadlines; none means UTC until the vendor chooses one. */
    @Column(name = "time_zone")
    private String timeZone;

    /** Whether the vendor's people may order on a customer's behalf (its admin's setting). */
    @Column(name = "orders_on_behalf", nullable = false)
    private boolean ordersOnBehalf;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** A vendor's choice to be found in the vendor directory, where customers ask it for access. */
    @Column(name = "listed", nullable = false)
    private boolean listed;

    /** A vendor's choice whether its admins are e-mailed about each new access request (on by default). */
    @Column(name = "mail_on_access_request", nullable = false)
    private boolean mailOnAccessRequest = true;

    @Size(max = WEBSITE_MAX, message = "{company.website.size}")
    @Column(name = "website")
    private String website;

    /** A vendor's words for its customers: who it is, what and where it delivers. Shown on the customers' My vendors. */
    @Size(max = ABOUT_MAX, message = "{company.about.size}")
    @Column(name = "about")
    private String about;

    /** Where customers' answers to the e-mails sent for this vendor go; none: the platform's sender address. */
    @EmailAddress
    @Column(name = "reply_to")
    private String replyTo;

    /** The company that runs the platform and holds its administrators: a vendor by kind, never one in any list. */
    @Column(name = "platform_operator", nullable = false, updatable = false)
    private boolean platformOperator;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspended_by")
    private String suspendedBy;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    protected Company() {
        // for JPA
    }

    private Company(CompanyKind kind, String name, String email, String phone, Address address, Instant now) {
        this.kind = Objects.requireNonNull(kind, "A company needs a kind");
        this.publicId = java.util.UUID.randomUUID().toString();
        this.name = Text.trimToNull(name);
        if (this.name == null) {
            throw new IllegalArgumentException("A company needs a name");
        }
        this.email = Text.trimToNull(email);
        this.phone = Text.trimToNull(phone);
        this.address = address == null ? Address.empty() : address;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    public static Company vendor(String name, String email, Instant now) {
        return new Company(CompanyKind.VENDOR, name, email, null, Address.empty(), now);
    }

    /** The company that runs the platform and holds its administrators. */
    public static Company platformOperator(String name, Instant now) {
        Company operator = new Company(CompanyKind.VENDOR, name, null, null, Address.empty(), now);
        operator.platformOperator = true;
        return operator;
    }

    public static Company customer(String name, String email, String phone, Address address, Instant now) {
        return new Company(CompanyKind.CUSTOMER, name, email, phone, address, now);
    }

    public boolean isCustomer() {
        return kind == CompanyKind.CUSTOMER;
    }

    public boolean isVendor() {
        return kind == CompanyKind.VENDOR;
    }

    /** Lists the vendor in the vendor directory, or takes it out; customer companies are never listed. */
    public void listInDirectory(boolean listed, Instant now) {
        if (listed && !isVendor()) {
            throw new IllegalArgumentException("Only a vendor can be listed in the vendor directory");
        }
        this.listed = listed;
        this.updatedAt = now;
    }

    /** Whether the vendor's admins are e-mailed about each new access request. */
    public void mailOnAccessRequests(boolean mail, Instant now) {
        requireVendor();
        this.mailOnAccessRequest = mail;
        this.updatedAt = Objects.requireNonNull(now);
    }

    public boolean mailsOnAccessRequests() {
        return mailOnAccessRequest;
    }

    /**
     * A vendor corrects a customer company that nobody of the company has registered for yet (product rules 9): the
     * name, e-mail, phone and address it entered or imported. Blanks carry no meaning; the name is required.
     */
    public void correctAsVendor(String name, String email, String phone, Address address, Instant now) {
        if (!isCustomer()) {
            throw new IllegalArgumentException("A vendor corrects customer companies only");
        }
        String trimmedName = Text.trimToNull(name);
        if (trimmedName == null) {
            throw new IllegalArgumentException("A company needs a name");
        }
        this.name = trimmedName;
        this.email = Text.trimToNull(email);
        this.phone = Text.trimToNull(phone);
        this.address = address == null ? Address.empty() : address;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** The customer company's own contact data: the e-mail and phone where its vendors reach it. */
    public void changeContact(String email, String phone, Instant now) {
        this.email = Text.trimToNull(email);
        this.phone = Text.trimToNull(phone);
        this.updatedAt = Objects.requireNonNull(now);
    }

    /**
     * The company describes itself: its name, legal name, VAT id (normalised here), industry, language and its
     * address, which is where invoices go. Blanks around typed values carry no meaning.
     */
    public void describe(String name, String legalName, String vatId, String industry, String language, Address address,
                         Instant now) {
        String trimmedName = Text.trimToNull(name);
        if (trimmedName == null) {
            throw new IllegalArgumentException("A company needs a name");
        }
        this.name = trimmedName;
        this.legalName = Text.trimToNull(legalName);
        this.vatId = VatId.normalise(vatId);
        this.industry = Text.trimToNull(industry);
        String code = Text.trimToNull(language);
        this.language = code == null ? null : code.toLowerCase(java.util.Locale.ROOT);
        this.address = address == null ? Address.empty() : address;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /**
     * A vendor's data as the platform keeps it: what {@link #describe} covers, and phone, e-mail and website. Blanks
     * carry no meaning.
     */
    public void describeVendor(String name, String legalName, String vatId, String language, Address address, String phone,
                               String email, String website, Instant now) {
        requireVendor();
        describe(name, legalName, vatId, industry, language, address, now);
        this.phone = Text.trimToNull(phone);
        this.email = Text.trimToNull(email);
        this.website = Text.trimToNull(website);
    }

    /** What a vendor tells its customers: the "about us" text and where answers to its e-mails go. */
    public void presentToCustomers(String about, String replyTo, Instant now) {
        requireVendor();
        this.about = Text.trimToNull(about);
        this.replyTo = Text.trimToNull(replyTo);
        this.updatedAt = Objects.requireNonNull(now);
    }

    /**
     * Suspends the vendor: its people cannot sign in, its API keys and invitations stop working, its customers see it
     * as unavailable; nothing is deleted. Says whether this call suspended it (a suspended vendor stays as it was).
     */
    public boolean suspend(String reason, String by, Instant now) {
        requireVendor();
        if (platformOperator) {
            throw new IllegalStateException("The platform operator cannot be suspended");
        }
        String why = Text.trimToNull(reason);
        if (why == null) {
            throw new IllegalArgumentException("A suspension needs a reason");
        }
        if (suspendedAt != null) {
            return false;
        }
        this.suspendedAt = Objects.requireNonNull(now);
        this.suspendedBy = Objects.requireNonNull(by);
        this.suspensionReason = why;
        this.updatedAt = now;
        return true;
    }

    /** Ends a suspension; everything works again as before. Says whether the vendor was suspended. */
    public boolean reactivate(Instant now) {
        if (suspendedAt == null) {
            return false;
        }
        this.suspendedAt = null;
        this.suspendedBy = null;
        this.suspensionReason = null;
        this.updatedAt = Objects.requireNonNull(now);
        return true;
    }

    /** A website as typed, with https:// put in front when no scheme is given ("www.example.com"). */
    public static String normaliseWebsite(String website) {
        String typed = Text.trimToNull(website);
        if (typed == null) {
            return null;
        }
        return typed.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? typed : "https://" + typed;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public boolean isPlatformOperator() {
        return platformOperator;
    }

    private void requireVendor() {
        if (!isVendor()) {
            throw new IllegalStateException("Only a vendor has this");
        }
    }

    public String website() {
        return website;
    }

    public String about() {
        return about;
    }

    public String replyTo() {
        return replyTo;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public String suspendedBy() {
        return suspendedBy;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public String legalName() {
        return legalName;
    }

    public String vatId() {
        return vatId;
    }

    public String industry() {
        return industry;
    }

    public String language() {
        return language;
    }

    /** The zone the company's wall-clock times (order deadlines, delivery days) are read in: its own, or UTC. */
    public ZoneId zone() {
        return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
    }

    /** The company's own time zone, where it chose one; a customer without one sees its vendor's. */
    public java.util.Optional<ZoneId> ownZone() {
        return timeZone == null ? java.util.Optional.empty() : java.util.Optional.of(ZoneId.of(timeZone));
    }

    /** Whether the vendor's people may order on a customer's behalf. */
    public boolean allowsOrdersOnBehalf() {
        return ordersOnBehalf;
    }

    /** The vendor admin's choice whether its people may order on a customer's behalf. */
    public void allowOrdersOnBehalf(boolean allowed) {
        this.ordersOnBehalf = allowed;
    }

    /** Chooses the company's time zone by its region id ("Europe/Vienna"); an unknown id is refused. */
    public void moveToZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    public boolean isListed() {
        return listed;
    }

    public Long id() {
        return id;
    }

    /** The company's id as the API shows it: random, not enumerable. */
    public String publicId() {
        return publicId;
    }

    public CompanyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** Never {@code null}: JPA loads an embedded address whose columns are all empty as {@code null}. */
    public Address address() {
        return address == null ? Address.empty() : address;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
