package com.clientbook.services.customer;

import java.io.Serializable;

/**
 * An existing customer company that may be the one a vendor is about to add again (docs/product-rules.md rule 1),
 * with the handle to link it instead, and whether it is the vendor's customer already.
 */
public record DuplicateHit(String handle, String name, String postalCode, String city, boolean alreadyYourCustomer)
        implements Serializable {
}
