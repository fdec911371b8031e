package com.clientbook.services.profile;

import com.clientbook.domain.company.Company;

import java.io.Serializable;

/** The company profile as its people see it; {@code version} is what a save must name to overwrite it. */
public record ProfileView(long companyId, String name, String legalName, String vatId, String industry, String language,
                          String street, String postalCode, String city, String country, String email, String phone,
                          long version)
        implements Serializable {

    static ProfileView of(Company company) {
        var address = company.address();
        return new ProfileView(company.id(), company.name(), company.legalName(), company.vatId(), company.industry(),
                company.language(), address.street(), address.postalCode(), address.city(), address.country(),
                company.email(), company.phone(), company.version());
    }
}
