package com.clientbook.services.customer;

import java.io.Serializable;
import java.time.Instant;

/**
 * A customer company found to be linked, as the API and the link page show it (docs/product-rules.md rules 4 and 11):
 * the handle to link it by (until {@code handleExpiresAt}, and only by the vendor that searched), enough to tell
 * look-alikes apart, and whether it is the vendor's customer already, with the vendor's own number for it. Never its
 * e-mail, phone or id.
 */
public record CompanyHit(String handle, Instant handleExpiresAt, String name, String street, String postalCode,
                         String city, boolean hasPeople, boolean yourCustomer, String yourCustomerNumber)
        implements Serializable {
}
