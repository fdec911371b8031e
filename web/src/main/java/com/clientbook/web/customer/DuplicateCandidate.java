package com.clientbook.web.customer;

import com.clientbook.services.customer.DuplicateHit;

import java.io.Serializable;

/**
 * An existing customer company the "Add customer" dialog offers to link instead, as the view state keeps it. A
 * class with getters, not a record: Jakarta EL 5 (Jakarta EE 10) reads bean properties only.
 */
public final class DuplicateCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String handle;
    private final String name;
    private final String postalCode;
    private final String city;
    private final boolean alreadyYourCustomer;

    private DuplicateCandidate(String handle, String name, String postalCode, String city, boolean alreadyYourCustomer) {
        this.handle = handle;
        this.name = name;
        this.postalCode = postalCode;
        this.city = city;
        this.alreadyYourCustomer = alreadyYourCustomer;
    }

    static DuplicateCandidate of(DuplicateHit duplicate) {
        return new DuplicateCandidate(duplicate.handle(), duplicate.name(), duplicate.postalCode(), duplicate.city(),
                duplicate.alreadyYourCustomer());
    }

    /** What links it: a search-hit handle, never the company's id (docs/product-rules.md rule 11). */
    String handle() {
        return handle;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public boolean isAlreadyYourCustomer() {
        return alreadyYourCustomer;
    }
}
