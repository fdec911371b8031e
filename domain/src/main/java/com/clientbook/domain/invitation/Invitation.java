package com.clientbook.domain.invitation;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A vendor's offer to connect, sent by e-mail to one person. The e-mail carries a link with a random token of
 * which only a hash is kept here. Accepting it needs a customer account and creates the relationship, or activates
 * the one the vendor created already ({@link #relationship()}); resending replaces the token, so the old link dies.
 * Whether it expired is read from the clock ({@link #statusAt}), so no job has to mark it; a job only announces the
 * expiry once to the vendor's webhooks ({@link #announceExpiry}).
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = Invitation.FIND_BY_HASH,
        query = "select i from Invitation i join fetch i.vendor where i.tokenHash = :hash")
@NamedQuery(name = Invitation.FIND_BY_VENDOR_AND_ID,
        query = "select i from Invitation i where i.vendor.id = :vendorId and i.id = :id")
public class Invitation {

    public static final String FIND_BY_HASH = "Invitation.findByHash";
    public static final String FIND_BY_VENDOR_AND_ID = "Invitation.findByVendorAndId";
    public static final int NAME_MAX = 100;
    public static final int BUSINESS_NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    /** The customer this invitation is about: the vendor's own (created) one, or the one accepting made. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relationship_id")
    private CustomerRelationship relationship;

    @Column(name = "email", nullable = false, updatable = false)
    private String email;

    @Column(name = "first_name", updatable = false)
    private String firstName;

    @Column(name = "last_name", updatable = false)
    private String lastName;

    @Column(name = "business_name", updatable = false)
    private String businessName;

    @Column(name = "customer_number", updatable = false)
    private String customerNumber;

    @ElementCollection
    @CollectionTable(name = "invitation_label", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "label", nullable = false, length = CustomerRelationship.LABEL_MAX)
    private Set<String> labels = new LinkedHashSet<>();

    /** Only the person at {@link #email} may accept it. */
    @Column(name = "personal", nullable = false, updatable = false)
    private boolean personal;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by_user_id", updatable = false)
    private User invitedBy;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by_user_id")
    private User acceptedBy;

    /** When its invitation.expired event was written (the expiry job); a resend clears it. */
    @Column(name = "expiry_announced_at")
    private Instant expiryAnnouncedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Invitation() {
        // for JPA
    }

    /**
     * A new invitation, sent now. {@code relationship} is the vendor's existing customer it is about, or
     * {@code null} for a person the vendor does not have as a customer yet; {@code invitedBy} is {@code null} when
     * an API key sent it.
     */
    public Invitation(Company vendor, CustomerRelationship relationship, Recipient recipient, boolean personal,
                      User invitedBy, String sentBy, String tokenHash, Duration validity, Instant now) {
        this.vendor = Objects.requireNonNull(vendor, "An invitation comes from a vendor");
        if (!vendor.isVendor()) {
            throw new IllegalArgumentException("Only a vendor invites customers");
        }
        if (relationship != null && !relationship.vendor().id().equals(vendor.id())) {
            throw new IllegalArgumentException("An invitation can only be about the vendor's own customer");
        }
        this.relationship = relationship;
        Objects.requireNonNull(recipient, "An invitation goes to somebody");
        this.email = Text.trimToNull(recipient.email());
        if (this.email == null) {
            throw new IllegalArgumentException("An invitation needs an e-mail address");
        }
        this.firstName = Text.trimToNull(recipient.firstName());
        this.lastName = Text.trimToNull(recipient.lastName());
        this.businessName = Text.trimToNull(recipient.businessName());
        this.customerNumber = CustomerRelationship.normalizeCustomerNumber(recipient.customerNumber());
        this.labels.addAll(CustomerRelationship.normalizeLabels(recipient.labels()));
        this.personal = personal;
        this.invitedBy = invitedBy;
        this.createdAt = Objects.requireNonNull(now);
        send(tokenHash, sentBy, validity, now);
    }

    /** Who is invited, and what the vendor wants the customer to carry once connected. */
    public record Recipient(String email, String firstName, String lastName, String businessName,
                            String customerNumber, Collection<String> labels) {
        public Recipient {
            labels = labels == null ? List.of() : labels;
        }
    }

    public InvitationStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    public boolean isPendingAt(Instant now) {
        return statusAt(now) == InvitationStatus.PENDING;
    }

    /**
     * Sends it again with a new token and a new expiry: the old link stops working at once. A pending or expired
     * invitation may be resent; an accepted or revoked one is over.
     */
    public void resend(String newTokenHash, String by, Duration validity, Instant now) {
        InvitationStatus status = statusAt(now);
        if (status == InvitationStatus.ACCEPTED || status == InvitationStatus.REVOKED) {
            throw new IllegalStateException("An invitation that is " + status + " cannot be sent again");
        }
        send(newTokenHash, by, validity, now);
    }

    private void send(String newTokenHash, String by, Duration validity, Instant now) {
        this.tokenHash = Objects.requireNonNull(newTokenHash);
        this.sentBy = Objects.requireNonNull(by, "An invitation names who sent it");
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("An invitation must be valid for some time");
        }
        this.sentAt = now;
        this.expiresAt = now.plus(validity);
        this.expiryAnnouncedAt = null;
    }

    /**
     * The expiry job has written its event: answers whether this is the first time for the current link (only an
     * expired, open invitation is announced, and each link once).
     */
    public boolean announceExpiry(Instant now) {
        if (expiryAnnouncedAt != null || statusAt(now) != InvitationStatus.EXPIRED) {
            return false;
        }
        expiryAnnouncedAt = now;
        return true;
    }

    public Instant expiryAnnouncedAt() {
        return expiryAnnouncedAt;
    }

    /** Withdraws it; its link stops working. Revoking a revoked invitation changes nothing; an accepted one is over. */
    public void revoke(Instant now) {
        if (revokedAt != null) {
            return;
        }
        if (acceptedAt != null) {
            throw new IllegalStateException("An accepted invitation cannot be revoked");
        }
        this.revokedAt = now;
    }

    /**
     * Spends it for the customer relationship it made or activated. Refuses an invitation that is not pending, so
     * that a link works once.
     */
    public void accept(User by, CustomerRelationship madeOrActivated, Instant now) {
        if (!isPendingAt(now)) {
            throw new IllegalStateException("Only a pending invitation can be accepted; this one is " + statusAt(now));
        }
        Objects.requireNonNull(by, "Somebody accepts an invitation");
        Objects.requireNonNull(madeOrActivated, "Accepting makes or activates a customer relationship");
        if (relationship != null && !relationship.id().equals(madeOrActivated.id())) {
            throw new IllegalArgumentException("This invitation is about another customer");
        }
        this.relationship = madeOrActivated;
        this.acceptedBy = by;
        this.acceptedAt = now;
    }

    /** Whether the address may accept: anybody with a customer account, unless the vendor made it personal. */
    public boolean mayBeAcceptedBy(String acceptingEmail) {
        return !personal || email.equalsIgnoreCase(Text.trimToNull(acceptingEmail) == null ? "" : acceptingEmail.strip());
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? email : name;
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public CustomerRelationship relationship() {
        return relationship;
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

    public String businessName() {
        return businessName;
    }

    public String customerNumber() {
        return customerNumber;
    }

    /** The labels, sorted case-insensitively. */
    public List<String> labels() {
        return CustomerRelationship.normalizeLabels(labels);
    }

    public boolean personal() {
        return personal;
    }

    public User invitedBy() {
        return invitedBy;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public User acceptedBy() {
        return acceptedBy;
    }

    public long version() {
        return version;
    }
}
