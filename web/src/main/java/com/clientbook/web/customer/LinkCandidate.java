package com.clientbook.web.customer;

import com.clientbook.domain.company.CompanySearchHit;

import java.io.Serializable;

/**
 * A company found to be linked, as the link page keeps it in its view state. A class with getters, not a record:
 * Jakarta EL 5 (Jakarta EE 10) reads bean properties only, not record components.
 */
public final class LinkCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String postalCode;
    private final String city;

    LinkCandidate(long id, String name, String postalCode, String city) {
        this.id = id;
        this.name = name;
        this.postalCode = postalCode;
        this.city = city;
    }

    static LinkCandidate of(CompanySearchHit hit) {
        return new LinkCandidate(hit.id(), hit.name(), hit.postalCode(), hit.city());
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
}
