package com.clientbook.domain.invitation;

/** Where an invitation stands. Derived from its dates and the clock, never stored. */
public enum InvitationStatus {
    /** Sent, not accepted, not revoked, and its link has not expired yet. */
    PENDING,
    /** Somebody accepted it: the relationship exists. */
    ACCEPTED,
    /** Not accepted in time; resending gives it a new link and a new expiry. */
    EXPIRED,
    /** The vendor withdrew it; its link is dead for good. */
    REVOKED
}
