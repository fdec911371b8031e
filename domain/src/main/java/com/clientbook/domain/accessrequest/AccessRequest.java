package com.clientbook.domain.accessrequest;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
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
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer company's request to become a vendor's customer, with the asker's message. One per vendor and customer
 * company: asking again after a rejection reopens it. The vendor reads of the requesting company only what a link
 * search would show, plus this request (the customer chose to tell the vendor who asks).
 */
@Entity
@Table(name = "access_request")
@NamedQuery(name = AccessRequest.FIND_BY_PAIR,
        query = "select a from AccessRequest a where a.vendor.id = :vendorId and a.customer.id = :customerId")
@NamedQuery(name = AccessRequest.FIND_FOR_VENDOR,
        query = "select a from AccessRequest a join fetch a.customer join fetch a.requestedBy"
                + " where a.vendor.id = :vendorId and a.id = :id")
@NamedQuery(name = AccessRequest.FIND_FOR_CUSTOMER,
        query = "select a from AccessRequest a join fetch a.vendor where a.customer.id = :customerId order by a.requestedAt desc, a.id desc")
@NamedQuery(name = AccessRequest.COUNT_OPEN,
        query = "select count(a) from AccessRequest a where a.vendor.id = :vendorId"
                + " and a.status = com.clientbook.domain.accessrequest.AccessRequestStatus.OPEN")
public class AccessRequest {

    public static final String FIND_BY_PAIR = "AccessRequest.findByPair";
    public static final String FIND_FOR_VENDOR = "AccessRequest.findForVendor";
    public static final String FIND_FOR_CUSTOMER = "AccessRequest.findForCustomer";
    public static final String COUNT_OPEN = "AccessRequest.countOpen";
    public static final int MESSAGE_MAX = 2000;
    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "access_request_seq", sequenceName = "access_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_request_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Company customer;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_by", nullable = false)
    private User requestedBy;

    @Column(name = "message")
    private String message;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccessRequestStatus status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccessRequest() {
        // for JPA
    }

    public AccessRequest(Company vendor, User requester, String message, Instant now) {
        this.vendor = Objects.requireNonNull(vendor, "An access request goes to a vendor");
        this.customer = Objects.requireNonNull(requester, "An access request names who asks").company();
        if (!vendor.isVendor()) {
            throw new IllegalArgumentException("Access is asked of a vendor company");
        }
        if (!customer.isCustomer()) {
            throw new IllegalArgumentException("Only a customer company asks for access");
        }
        open(requester, message, now);
    }

    /** Asks (again): the request is open with this message, whatever was decided before. */
    public void reopen(User requester, String message, Instant now) {
        if (!requester.company().id().equals(customer.id())) {
            throw new IllegalArgumentException("Only a person of the requesting company asks again");
        }
        open(requester, message, now);
    }

    private void open(User requester, String message, Instant now) {
        String trimmed = Text.trimToNull(message);
        if (trimmed != null && trimmed.length() > MESSAGE_MAX) {
            throw new IllegalArgumentException("A request's message has at most " + MESSAGE_MAX + " characters");
        }
        this.requestedBy = requester;
        this.message = trimmed;
        this.status = AccessRequestStatus.OPEN;
        this.rejectionReason = null;
        this.requestedAt = Objects.requireNonNull(now);
        this.decidedAt = null;
        this.decidedBy = null;
    }

    public boolean isOpen() {
        return status == AccessRequestStatus.OPEN;
    }

    /** Approves an open request, or one rejected before: a vendor may change its mind (the rejection stays in the history). */
    public void approve(String by, Instant now) {
        if (status == AccessRequestStatus.APPROVED) {
            throw new IllegalStateException("Access request " + id + " is approved already");
        }
        this.status = AccessRequestStatus.OPEN;
        decide(AccessRequestStatus.APPROVED, null, by, now);
    }

    /** Whether the vendor may still approve it: while open, and after a rejection. */
    public boolean mayBeApproved() {
        return status != AccessRequestStatus.APPROVED;
    }

    public void reject(String reason, String by, Instant now) {
        String trimmed = Text.trimToNull(reason);
        if (trimmed != null && trimmed.length() > REASON_MAX) {
            throw new IllegalArgumentException("A rejection's reason has at most " + REASON_MAX + " characters");
        }
        decide(AccessRequestStatus.REJECTED, trimmed, by, now);
    }

    private void decide(AccessRequestStatus decision, String reason, String by, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("Access request " + id + " is decided already");
        }
        this.status = decision;
        this.rejectionReason = reason;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(now);
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

    public User requestedBy() {
        return requestedBy;
    }

    public String message() {
        return message;
    }

    public AccessRequestStatus status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public long version() {
        return version;
    }
}
