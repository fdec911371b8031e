package com.clientbook.persistence.customer;

import java.util.List;

/**
 * A customer an import creates: company, first person (pending, no password) and relationship, ids allocated, and the
 * company's public id (the API's {@code companyId}) chosen here rather than by the column's default, so the batch's
 * webhook events can be built from these values without reading the rows back.
 */
public record NewCustomerRow(long companyId, long userId, long relationshipId, String companyPublicId, String name, String email, String phone,
                             String street, String postalCode, String city, String country, String language,
                             String firstName, String lastName, String customerNumber, List<String> labels) {
}
