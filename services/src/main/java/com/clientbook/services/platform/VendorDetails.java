package com.clientbook.services.platform;

import com.clientbook.domain.company.Company;

import java.io.Serializable;
import java.time.Instant;

/**
 * A vendor as the platform admin reads it: its data, status (with the suspension's reason, who and when), how many
 * customers it has, and the version a change must name.
 */
public record VendorDetails(long id, String name, String legalName, String vatId, String street, String postalCode,
                            String city, String country, String phone, String email, String website, String language,
                            VendorStatus status, String suspensionReason, String suspendedBy, Instant suspendedAt,
                            long customers, Instant createdAt, Instant updatedAt, long version) implements Serializable {

    static VendorDetails of(Company vendor, long customers) {
        var address = vendor.address();
        return new VendorDetails(vendor.id(), vendor.name(), vendor.legalName(), vendor.vatId(), address.street(),
                address.postalCode(), address.city(), address.country(), vendor.phone(), vendor.email(), vendor.website(),
                vendor.language(), vendor.isSuspended() ? VendorStatus.SUSPENDED : VendorStatus.ACTIVE,
                vendor.suspensionReason(), vendor.suspendedBy(), vendor.suspendedAt(), customers, vendor.createdAt(),
                vendor.updatedAt(), vendor.version());
    }

    public boolean suspended() {
        return status == VendorStatus.SUSPENDED;
    }

    /** The data as a form starts from it. */
    public VendorData data() {
        return new VendorData(name, legalName, vatId, street, postalCode, city, country, phone, email, website, language);
    }
}
