package com.clientbook.services.customer;

import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.customer.FunnelFacts;

/**
 * Where a customer stands in the vendor's funnel (docs/product-rules.md, "Customer status"). Derived from what
 * happened, never typed in. REQUESTED and REJECTED come from access requests, before any relationship exists; the
 * others from the relationship. A ban is shown beside the status, never instead of it.
 */
public enum CustomerStatus {
    /** The customer company asked for access; the vendor has not decided. */
    REQUESTED,
    /** The vendor rejected that request. */
    REJECTED,
    /** The vendor created the customer; nobody of the customer has an active account yet. */
    PROSPECT,
    /** Like a prospect, but an invitation about this customer is pending (sent, not accepted, revoked or expired). */
    INVITED,
    /** A person of the customer company has an active account; no order yet. */
    REGISTERED,
    /** At least one order from this customer to this vendor (a row in customer_order). */
    HAS_ORDERED;

    /** The status a relationship has: an order beats an account beats a pending invitation. */
    public static CustomerStatus of(boolean ordered, boolean registered, boolean invited) {
        if (ordered) {
            return HAS_ORDERED;
        }
        if (registered) {
            return REGISTERED;
        }
        return invited ? INVITED : PROSPECT;
    }

    /**
     * The status of a relationship with these facts. Not public: the web module's classpath has no persistence types,
     * and a public method naming one breaks reflection on this enum there (valueOf); other packages call
     * {@link #of(boolean, boolean, boolean)}.
     */
    static CustomerStatus of(FunnelFacts facts) {
        return of(facts.ordered(), facts.registered(), facts.invited());
    }

    /** Whether customers with this status have a relationship with the vendor (else they are access requests). */
    public boolean isRelationship() {
        return this != REQUESTED && this != REJECTED;
    }

    /**
     * The access requests that stand at this status: open ones at REQUESTED, rejected ones at REJECTED (each only
     * while the company is not the vendor's customer). The list's status filter and the dashboard both count these.
     */
    public AccessRequestStatus requestStatus() {
        return switch (this) {
            case REQUESTED -> AccessRequestStatus.OPEN;
            case REJECTED -> AccessRequestStatus.REJECTED;
            default -> throw new IllegalArgumentException(this + " customers are relationships");
        };
    }

    /**
     * The event that moves a customer into this step, for the customer list's filter of the dashboard's moves;
     * REQUESTED and REJECTED are access requests, moved there when made or rejected.
     */
    public CustomerQuery.Moved.Step moveStep() {
        return switch (this) {
            case PROSPECT -> CustomerQuery.Moved.Step.ADDED;
            case INVITED -> CustomerQuery.Moved.Step.INVITED;
            case REGISTERED -> CustomerQuery.Moved.Step.REGISTERED;
            case HAS_ORDERED -> CustomerQuery.Moved.Step.FIRST_ORDER;
            case REQUESTED, REJECTED -> throw new IllegalArgumentException(this + " customers are access requests");
        };
    }

    /** The query narrowed to the relationships with this status; REQUESTED and REJECTED are listed elsewhere. */
    public CustomerQuery narrow(CustomerQuery query) {
        return switch (this) {
            case PROSPECT -> query.withRegistered(false).withOrdered(false).withInvited(false);
            case INVITED -> query.withRegistered(false).withOrdered(false).withInvited(true);
            case REGISTERED -> query.withRegistered(true).withOrdered(false);
            case HAS_ORDERED -> query.withOrdered(true);
            case REQUESTED, REJECTED -> throw new IllegalArgumentException(this + " customers are access requests");
        };
    }
}
