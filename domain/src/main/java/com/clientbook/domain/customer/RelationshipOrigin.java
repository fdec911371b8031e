package com.clientbook.domain.customer;

/** How a customer came to a vendor. */
public enum RelationshipOrigin {
    CREATED,
    LINKED,
    INVITED,
    REQUESTED
}
