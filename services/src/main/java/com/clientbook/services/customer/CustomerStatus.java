package com.clientbook.services.customer;

/**
 * Where a customer stands in the vendor's funnel. Derived from what happened, never typed in. Only the
 * statuses that today's features can reach are here; requests, invitations and orders bring the others.
 */
public enum CustomerStatus {
    /** The vendor created the customer; nobody of the customer has an active account yet. */
    PROSPECT,
    /** Like a prospect, but an invitation about this customer is pending (sent, not accepted, revoked or expired). */
    INVITED,
    /** A person of the customer company has an active account. */
    REGISTERED
}
