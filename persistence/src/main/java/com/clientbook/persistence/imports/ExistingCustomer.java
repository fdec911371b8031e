package com.clientbook.persistence.imports;

import java.util.List;

/**
 * One of the vendor's customers a row matched, as an update compares it. {@code vendorOwned}: the vendor created the
 * company, nobody of it has an active account and no other vendor has it, so its data is still the vendor's to correct.
 */
public record ExistingCustomer(long relationshipId, long companyId, String customerNumber, List<String> labels,
                               String name, String phone, String street, String postalCode, String city, String country,
                               String language, boolean vendorOwned) {
}
