package com.clientbook.services.vendor;

import com.clientbook.domain.company.Company;

import java.io.Serializable;

/** The vendor's profile as its admins see it; {@code version} is what a save must name to overwrite it. */
public record VendorProfileView(long companyId, String name, String street, String postalCode, String city, String country,
                                String phone, String email, String website, String about, String replyTo, String language,
                                long version) implements Serializable {

    static VendorProfileView of(Company vendor) {
        var address = vendor.address();
        return new VendorProfileView(vendor.id(), vendor.name(), address.street(), address.postalCode(), address.city(),
                address.country(), vendor.phone(), vendor.email(), vendor.website(), vendor.about(), vendor.replyTo(),
                vendor.language(), vendor.version());
    }
}
