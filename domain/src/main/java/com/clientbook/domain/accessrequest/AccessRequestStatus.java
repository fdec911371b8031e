package com.clientbook.domain.accessrequest;

/** Where a customer company's request to a vendor stands. */
public enum AccessRequestStatus {
    /** Asked; the vendor has not decided. */
    OPEN,
    /** The vendor approved: the relationship exists (or existed). */
    APPROVED,
    /** The vendor said no, perhaps with a reason. */
    REJECTED
}
