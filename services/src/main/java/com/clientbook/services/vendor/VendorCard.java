package com.clientbook.services.vendor;

import com.clientbook.domain.company.Company;

import java.io.Serializable;

/**
 * What a vendor shows its customers of itself (its profile), and whether it is available: a vendor the platform
 * suspended is shown as unavailable, with nothing of why.
 */
public record VendorCard(String email, String phone, String website, String street, String postalCode, String city,
                         String country, String about, boolean available) implements Serializable {

    public static VendorCard of(Company vendor) {
        var address = vendor.address();
        return new VendorCard(vendor.email(), vendor.phone(), vendor.website(), address.street(), address.postalCode(),
                address.city(), address.country(), vendor.about(), !vendor.isSuspended());
    }
}
