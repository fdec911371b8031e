package com.clientbook.web.customer;

import com.clientbook.domain.company.PossibleDuplicate;

import java.io.Serializable;

/**
 * An existing customer company the "Add customer" dialog offers to link instead, as the view state keeps it. A
 * class with getters, not a record: Jakarta EL 5 (Jakarta EE 10) reads bean properties only.
 */
public final class DuplicateCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String postalCode;
    private final String city;
    private final boolean alreadyYourCustomer;

    private DuplicateCandidate(long id, String name, String postalCode, String city, boolean alreadyYourCustomer) {
        this.id = id;
        this.name = name;
        this.postalCode = postalCode;
        this.city = city;
        this.alreadyYourCustomer = alreadyYourCustomer;
    }

    static DuplicateCandidate of(PossibleDuplicate duplicate) {
        return new DuplicateCandidate(duplicate.id(), duplicate.name(), duplicate.postalCode(), duplicate.city(),
                duplicate.alreadyYourCustomer());
    }

    public long getId() {
        return id;
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
