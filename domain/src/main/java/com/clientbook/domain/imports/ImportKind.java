package com.clientbook.domain.imports;

/**
 * What an import's file holds: customers (issue 6), or delivery schedules and route assignments of customers' delivery
 * locations (issue 14), or a vendor's products (issue 15). All go through the same dry run, report and import.
 */
public enum ImportKind {
    /** Customers by e-mail address and customer number: created, linked or updated. */
    CUSTOMERS,
    /** Delivery schedules and route stops of delivery locations, by customer number and location external id. */
    SCHEDULES,
    /** A vendor's products by article number: created or updated. */
    PRODUCTS
}
