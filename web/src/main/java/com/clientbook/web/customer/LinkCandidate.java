package com.clientbook.web.customer;

import com.clientbook.persistence.company.CompanySearchHit;

import java.io.Serializable;

/** A company found to be linked, as the link page keeps it in its view state. */
public record LinkCandidate(long id, String name, String postalCode, String city) implements Serializable {

    static LinkCandidate of(CompanySearchHit hit) {
        return new LinkCandidate(hit.id(), hit.name(), hit.postalCode(), hit.city());
    }
}
