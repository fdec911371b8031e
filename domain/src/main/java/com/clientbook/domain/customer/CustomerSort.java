package com.clientbook.domain.customer;

/**
 * The columns a customer list can be sorted by. How each one sorts in the database (its column, the tie-breaker that
 * keeps paging stable, the index that serves it) is the persistence module's {@code CustomerOrder}.
 */
public enum CustomerSort {
    COMPANY_NAME,
    CUSTOMER_NUMBER,
    CITY,
    CREATED_AT,
    UPDATED_AT
}
