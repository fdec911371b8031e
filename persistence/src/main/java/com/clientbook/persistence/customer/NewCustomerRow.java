package com.clientbook.persistence.customer;

import java.util.List;

/** A customer an import creates: company, first person (pending, no password) and relationship, ids allocated. */
public record NewCustomerRow(long companyId, long userId, long relationshipId, String name, String email, String phone,
                             String street, String postalCode, String city, String country, String language,
                             String firstName, String lastName, String customerNumber, List<String> labels) {
}
