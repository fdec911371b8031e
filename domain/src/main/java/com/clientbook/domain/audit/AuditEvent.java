package com.clientbook.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry in the history of a company or a customer relationship: who did what, when, and for a
 * changed value what it was before and after. Never changed once written.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FIND_BY_RELATIONSHIP,
        query = "select e from AuditEvent e where e.relationshipId = :relationshipId order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.FIND_BY_ROUTE,
        query = "select e from AuditEvent e where e.routeId = :routeId order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.FIND_BY_RELATIONSHIP_AND_REQUESTS,
        query = "select e from AuditEvent e where e.relationshipId = :relationshipId"
                + " or e.accessRequestId in (select a.id from AccessRequest a"
                + " where a.vendor.id = :vendorId and a.customer.id = :customerId)"
                + " order by e.occurredAt desc, e.id desc")
public class AuditEvent {

    public static final String FIND_BY_RELATIONSHIP = "AuditEvent.findByRelationship";
    public static final String FIND_BY_ROUTE = "AuditEvent.findByRoute";
    public static final String FIND_BY_RELATIONSHIP_AND_REQUESTS = "AuditEvent.findByRelationshipAndRequests";

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "company_id", updatable = false)
    private Long companyId;

    @Column(name = "relationship_id", updatable = false)
    private Long relationshipId;

    @Column(name = "route_id", updatable = false)
    private Long routeId;

    /**
     * The vendor an entry is about: of a customer company's own history (it linked, unlinked or was disconnected), of a
     * relationship (set by the database, V20) or of an access request to the vendor.
     */
    @Column(name = "vendor_id", updatable = false)
    private Long vendorId;

    /** The access request this event belongs to, before (or without) a relationship between the two companies. */
    @Column(name = "access_request_id", updatable = false)
    private Long accessRequestId;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "field", updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(Long companyId, Long relationshipId, String actor, String action,
                       String field, String oldValue, String newValue, Instant now) {
        this.companyId = companyId;
        this.relationshipId = relationshipId;
        this.actor = Objects.requireNonNull(actor, "An audit event names who acted");
        this.action = Objects.requireNonNull(action);
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.occurredAt = Objects.requireNonNull(now);
    }

    public static AuditEvent onRelationship(Long relationshipId, Long customerCompanyId, String actor, String action, Instant now) {
        return new AuditEvent(customerCompanyId, relationshipId, actor, action, null, null, null, now);
    }

    /** Something done to a relationship, with what it was before and after (a ban, say: none before, its reason after). */
    public static AuditEvent onRelationship(Long relationshipId, Long customerCompanyId, String actor, String action,
                                            String field, String oldValue, String newValue, Instant now) {
        return new AuditEvent(customerCompanyId, relationshipId, actor, action, field, oldValue, newValue, now);
    }

    public static AuditEvent changeOnRelationship(Long relationshipId, Long customerCompanyId, String actor,
                                                  String field, String oldValue, String newValue, Instant now) {
        return new AuditEvent(customerCompanyId, relationshipId, actor, "CHANGED", field, oldValue, newValue, now);
    }

    /**
     * Something done to a vendor's route (a stop added, moved or gone), kept with the vendor's company too, with what
     * it was before and after.
     */
    public static AuditEvent onRoute(long routeId, long vendorId, String actor, String action, String field, String oldValue,
                                     String newValue, Instant now) {
        AuditEvent event = new AuditEvent(vendorId, null, actor, action, field, oldValue, newValue, now);
        event.routeId = routeId;
        return event;
    }

    /**
     * Something done to an access request (asked, rejected), written against the request and the asking company, so
     * that both the company and, through the request, the vendor read it in their history. It names the vendor too, so
     * the vendor-wide history (read by vendor, migration V23) shows requests and rejections beside the approvals.
     */
    public static AuditEvent onAccessRequest(Long accessRequestId, long vendorId, Long customerCompanyId, String actor,
                                             String action, String field, String newValue, Instant now) {
        AuditEvent event = new AuditEvent(customerCompanyId, null, actor, action, field, null, newValue, now);
        event.accessRequestId = Objects.requireNonNull(accessRequestId, "An access request's event names the request");
        event.vendorId = vendorId;
        return event;
    }

    public static AuditEvent onCompany(Long companyId, String actor, String action, Instant now) {
        return new AuditEvent(companyId, null, actor, action, null, null, null, now);
    }

    /** Something done to a company's belongings (an API key, say), named in {@code subject}. */
    public static AuditEvent onCompany(Long companyId, String actor, String action, String field, String subject, Instant now) {
        return new AuditEvent(companyId, null, actor, action, field, null, subject, now);
    }

    /** Something done to one of a company's belongings (a person's role, say), with what it was before and after. */
    public static AuditEvent onCompany(Long companyId, String actor, String action, String field, String oldValue,
                                       String newValue, Instant now) {
        return new AuditEvent(companyId, null, actor, action, field, oldValue, newValue, now);
    }

    /** A company changed one of its own values, say its VAT id, from {@code oldValue} to {@code newValue}. */
    public static AuditEvent changeOnCompany(Long companyId, String actor, String field, String oldValue, String newValue,
                                             Instant now) {
        return new AuditEvent(companyId, null, actor, "PROFILE_CHANGED", field, oldValue, newValue, now);
    }

    /**
     * An entry in a customer company's own history about one vendor: it started or stopped listing the company, or the
     * company disconnected it. {@code vendorName} is kept as it was then, so the history reads right after a rename.
     */
    public static AuditEvent onCustomerCompanyAboutVendor(long customerCompanyId, long vendorId, String vendorName,
                                                          String actor, String action, Instant now) {
        AuditEvent event = new AuditEvent(customerCompanyId, null, actor, action, "vendor", null, vendorName, now);
        event.vendorId = vendorId;
        return event;
    }

    public Long id() {
        return id;
    }

    public Long vendorId() {
        return vendorId;
    }

    public Long companyId() {
        return companyId;
    }

    public Long relationshipId() {
        return relationshipId;
    }

    public Long routeId() {
        return routeId;
    }

    public Long accessRequestId() {
        return accessRequestId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
