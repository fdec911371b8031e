package com.clientbook.persistence.customer;

import java.util.List;

/**
 * What an import changes on a customer of the vendor, or on a company it links: a new customer number ({@code null}
 * keeps it), labels to add, and company values ({@code null} keeps each).
 */
public record CustomerChange(long relationshipId, long companyId, String customerNumber, List<String> labelsToAdd,
                             String name, String phone, String street, String postalCode, String city, String country,
                             String language) {
}
