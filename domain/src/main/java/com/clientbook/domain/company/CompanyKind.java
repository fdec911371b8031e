package com.clientbook.domain.company;

/** A company either sells (vendor) or buys (customer) on the platform, never both. */
public enum CompanyKind {
    VENDOR,
    CUSTOMER
}
