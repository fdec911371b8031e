package com.clientbook.domain.customer;

import com.clientbook.domain.company.Company;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a vendor calls "a customer": the link between one vendor company and one customer company,
 * carrying the vendor's own customer number. The same customer company has a separate relationship,
 * and customer number, with every vendor it buys from.
 */
@Entity
@Table(name = "customer_relationship")
// Both reads of one customer bring its company, its vendor (time zone, for the next delivery) and labels along, which
// every caller reads next: one statement, not four.
@NamedQuery(name = CustomerRelationship.FIND_BY_VENDOR_AND_ID,
        query = "select r from CustomerRelationship r join fetch r.customer join fetch r.vendor left join fetch r.labels"
                + " where r.vendor.id = :vendorId and r.id = :id")
// In the very shape of the unique index customer_relationship_number_uq (vendor_id, lower(btrim(customer_number)))
// where customer_number is not null: PostgreSQL answers it with one index probe, however many customers a vendor has.
@NamedQuery(name = CustomerRelationship.FIND_BY_VENDOR_AND_NUMBER,
        query = "select r from CustomerRelationship r join fetch r.customer join fetch r.vendor left join fetch r.labels where r.vendor.id = :vendorId"
                + " and lower(trim(r.customerNumber)) = :number and r.customerNumber is not null")
@NamedQuery(name = CustomerRelationship.FIND_BY_VENDOR_AND_CUSTOMER,
        query = "select r from CustomerRelationship r where r.vendor.id = :vendorId and r.customer.id = :customerId")
public class CustomerRelationship {

    public static final String FIND_BY_VENDOR_AND_ID = "CustomerRelationship.findByVendorAndId";
    public static final String FIND_BY_VENDOR_AND_NUMBER = "CustomerRelationship.findByVendorAndNumber";
    public static final String FIND_BY_VENDOR_AND_CUSTOMER = "CustomerRelationship.findByVendorAndCustomer";
    public static final int CUSTOMER_NUMBER_MAX = 50;
    public static final int LABEL_MAX = 50;
    public static final int LABELS_MAX = 20;
    public static final int BAN_REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "customer_relationship_seq", sequenceName = "customer_relationship_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_relationship_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Company customer;

    @Size(max = CUSTOMER_NUMBER_MAX, message = "{customer.customerNumber.size}")
    @Column(name = "customer_number")
    private String customerNumber;

    @ElementCollection
    @CollectionTable(name = "customer_label", joinColumns = @JoinColumn(name = "relationship_id"))
    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private Set<String> labels = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false)
    private RelationshipOrigin origin;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "banned_at")
    private Instant bannedAt;

    @Column(name = "banned_by")
    private String bannedBy;

    @Column(name = "ban_reason")
    private String banReason;

    @Column(name = "banned_until")
    private LocalDate bannedUntil;

    @Column(name = "ban_reason_shared", nullable = false)
    private boolean banReasonShared;

    /**
     * How many stops of the vendor's current routes are delivery locations of the customer company: kept by the
     * database (migration V23) for the list's "on none of your routes", never written from here.
     */
    @Column(name = "route_stops", insertable = false, updatable = false)
    private int routeStops;

    /**
     * Whether the customer company has delivery days at the vendor (a current location with an enabled own schedule,
     * or a stop of an active route with a delivery weekday): kept by the database (migration V25) for the dashboard's
     * "without delivery days" and the list's filter, never written from here.
     */
    @Column(name = "delivery_days", insertable = false, updatable = false)
    private boolean deliveryDays;

    /**
     * The customer company's id: the column of {@link #customer}, read-only, so that the customer list's conditions
     * can name it without joining the company (EclipseLink joins for {@code r.customer.id} inside {@code SQL()}).
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    /**
     * When the customer first ordered from the vendor: kept by the database (migration V32) on every new order, for
     * the list's "has ordered" and "first order since" and the customer's status; never written from here.
     */
    @Column(name = "first_order_at", insertable = false, updatable = false)
    private Instant firstOrderAt;

    /**
     * The customer company's name and city, and its name, the customer number, its e-mail and its city in one text,
     * each in lower case: kept by the database (migration V43) in the same transaction as each change, for the
     * customer list's filters, sort and cursor; never written from here.
     */
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;

    @Column(name = "search_city", insertable = false, updatable = false)
    private String searchCity;

    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    protected CustomerRelationship() {
        // for JPA
    }

    public CustomerRelationship(Company vendor, Company customer, RelationshipOrigin origin, String customerNumber, Instant now) {
        this.vendor = Objects.requireNonNull(vendor, "A customer relationship needs a vendor");
        this.customer = Objects.requireNonNull(customer, "A customer relationship needs a customer company");
        if (!vendor.isVendor()) {
            throw new IllegalArgumentException("Only a vendor company has customers");
        }
        if (!customer.isCustomer()) {
            throw new IllegalArgumentException("Only a customer company can be a vendor's customer");
        }
        this.origin = Objects.requireNonNull(origin);
        this.customerNumber = normalizeCustomerNumber(customerNumber);
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /**
     * Customer numbers are compared trimmed and case-insensitively; they are stored trimmed, as typed otherwise,
     * because the vendor's ERP prints them that way.
     */
    public static String normalizeCustomerNumber(String customerNumber) {
        return Text.trimToNull(customerNumber);
    }

    /** The form a customer number is compared in, within one vendor. */
    public static String comparableCustomerNumber(String customerNumber) {
        return Text.comparable(customerNumber);
    }

    /**
     * The vendor corrected the customer company's data (product rules 9): the relationship counts as changed, so its
     * version (the API's ETag) moves on and a page or client that read the former data cannot overwrite it unseen.
     */
    public void companyDataCorrected(Instant now) {
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** The vendor changed this customer's custom fields: its version (the API's ETag) moves on, as for any change. */
    public void customFieldsChanged(Instant now) {
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Gives, changes or (with a blank value) clears the vendor's number for this customer. Returns the former number. */
    public String assignCustomerNumber(String number, Instant now) {
        String former = this.customerNumber;
        this.customerNumber = normalizeCustomerNumber(number);
        this.updatedAt = now;
        return former;
    }

    /**
     * The labels as they will be stored: each trimmed, blanks dropped, duplicates that differ only in case kept
     * once (the first spelling wins), sorted case-insensitively. Refuses a label longer than {@link #LABEL_MAX}
     * or more than {@link #LABELS_MAX} labels, so a bad list never reaches the database.
     */
    public static List<String> normalizeLabels(Collection<String> labels) {
        Map<String, String> byComparable = new LinkedHashMap<>();
        if (labels != null) {
            for (String label : labels) {
                String trimmed = Text.trimToNull(label);
                if (trimmed == null) {
                    continue;
                }
                if (trimmed.length() > LABEL_MAX) {
                    throw new IllegalArgumentException("A label has at most " + LABEL_MAX + " characters");
                }
                byComparable.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        if (byComparable.size() > LABELS_MAX) {
            throw new IllegalArgumentException("A customer has at most " + LABELS_MAX + " labels");
        }
        List<String> normalized = new ArrayList<>(byComparable.values());
        normalized.sort(Comparator.comparing((String label) -> label.toLowerCase(Locale.ROOT)).thenComparing(label -> label));
        return normalized;
    }

    /** Replaces the vendor's labels on this customer. Returns the former labels, sorted. */
    public List<String> replaceLabels(Collection<String> newLabels, Instant now) {
        List<String> former = labels();
        List<String> normalized = normalizeLabels(newLabels);
        if (!normalized.equals(former)) {
            labels.clear();
            labels.addAll(normalized);
            this.updatedAt = now;
        }
        return former;
    }

    /** The labels, sorted case-insensitively. */
    public List<String> labels() {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparing((String label) -> label.toLowerCase(Locale.ROOT)).thenComparing(label -> label));
        return List.copyOf(sorted);
    }

    /**
     * Shuts the customer out: with a reason (required), who did it, and optionally the last day of the ban ({@code until},
     * a UTC date; {@code null} for "until lifted"). Banning again replaces the former ban. The customer keeps its
     * company, this relationship, its customer number and its history.
     */
    public void ban(String reason, LocalDate until, boolean shareReason, String by, Instant now) {
        String trimmed = Text.trimToNull(reason);
        if (trimmed == null) {
            throw new IllegalArgumentException("A ban needs a reason");
        }
        if (trimmed.length() > BAN_REASON_MAX) {
            throw new IllegalArgumentException("A ban's reason has at most " + BAN_REASON_MAX + " characters");
        }
        this.banReason = trimmed;
        this.bannedUntil = until;
        this.banReasonShared = shareReason;
        this.bannedBy = Objects.requireNonNull(by, "A ban names who banned");
        this.bannedAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /** Ends the ban, whether it was still in force or over by its date. Returns whether there was one to lift. */
    public boolean liftBan(Instant now) {
        if (bannedAt == null) {
            return false;
        }
        this.bannedAt = null;
        this.bannedBy = null;
        this.banReason = null;
        this.bannedUntil = null;
        this.banReasonShared = false;
        this.updatedAt = now;
        return true;
    }

    /** Whether a ban is in force on {@code today} (a UTC date): there is one, and its last day has not passed. */
    public boolean isBannedOn(LocalDate today) {
        return bannedAt != null && (bannedUntil == null || !bannedUntil.isBefore(today));
    }

    /** The ban as it was given, in force or over by its date; empty when there is none. */
    public java.util.Optional<Ban> ban() {
        return bannedAt == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Ban(banReason, bannedUntil, banReasonShared, bannedBy, bannedAt));
    }

    /** A vendor's ban of one customer, as given. */
    public record Ban(String reason, LocalDate until, boolean reasonShared, String by, Instant since) implements java.io.Serializable {

        public boolean inForceOn(LocalDate today) {
            return until == null || !until.isBefore(today);
        }
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public Company customer() {
        return customer;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public RelationshipOrigin origin() {
        return origin;
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

    /** The customer company's name in lower case as the list sorts it (V43); null until the row was read back. */
    public String searchName() {
        return searchName;
    }

    /** The customer company's city in lower case as the list sorts it (V43); null without a city. */
    public String searchCity() {
        return searchCity;
    }
}
