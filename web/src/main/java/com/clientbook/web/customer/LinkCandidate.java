package com.clientbook.web.customer;

import com.clientbook.services.customer.CompanyHit;

import java.io.Serializable;

/**
 * A company found to be linked, as the link page keeps it in its view state: the handle it is linked by (never its
 * id), and what tells look-alikes apart. A class with getters, not a record: Jakarta EL 5 (Jakarta EE 10) reads bean
 * properties only, not record components.
 */
public final class LinkCandidate implements Serializable {

    private static final long serialVersionUID = 2L;

    private final CompanyHit hit;

    private LinkCandidate(CompanyHit hit) {
        this.hit = hit;
    }

    static LinkCandidate of(CompanyHit hit) {
        return new LinkCandidate(hit);
    }

    String handle() {
        return hit.handle();
    }

    public String getName() {
        return hit.name();
    }

    public String getStreet() {
        return hit.street();
    }

    public String getPostalCode() {
        return hit.postalCode();
    }

    public String getCity() {
        return hit.city();
    }

    /** Somebody of the company has an account on Clientbook. */
    public boolean isHasPeople() {
        return hit.hasPeople();
    }

    /** Already this vendor's customer: shown, not offered. */
    public boolean isYourCustomer() {
        return hit.yourCustomer();
    }

    public String getYourCustomerNumber() {
        return hit.yourCustomerNumber();
    }
}
