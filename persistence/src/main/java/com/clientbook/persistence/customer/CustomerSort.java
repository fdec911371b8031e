package com.clientbook.persistence.customer;

/** The columns a customer list can be sorted by, each with the JPQL path it sorts on. */
public enum CustomerSort {
    COMPANY_NAME("lower(c.name)"),
    CUSTOMER_NUMBER("lower(r.customerNumber)"),
    CITY("lower(c.address.city)"),
    CREATED_AT("r.createdAt"),
    UPDATED_AT("r.updatedAt");

    private final String path;

    CustomerSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
