package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerSort;

/**
 * Each sortable column of a customer list with the JPQL path it sorts on and the unique column that settles ties (so
 * paging never skips or repeats a row). Each order is one an index of migrations V5/V6 holds: company columns end in
 * the company's id, relationship columns in the relationship's id (one vendor has a company as customer at most once,
 * so either is unique within the list). Only nullable columns say {@code nulls last}: on a column that is never null
 * the clause changes nothing, but it would stop PostgreSQL from reading an ascending index backwards for the
 * descending order.
 */
final class CustomerOrder {

    private CustomerOrder() {
    }

    /**
     * The JPQL {@code order by} clause's content for this column in this direction. {@code inIndexOrder} false writes
     * the column as {@code coalesce(x, x)}: the same value and order, but no index matches it, so PostgreSQL cannot
     * choose to walk an index in list order (see {@link CustomerRepository#list}).
     */
    static String orderBy(CustomerSort sort, boolean ascending, boolean inIndexOrder) {
        String path = switch (sort) {
            case COMPANY_NAME -> "lower(c.name)";
            case CUSTOMER_NUMBER -> "lower(r.customerNumber)";
            case CITY -> "lower(c.address.city)";
            case CREATED_AT -> "r.createdAt";
            case UPDATED_AT -> "r.updatedAt";
        };
        boolean nullable = sort == CustomerSort.CUSTOMER_NUMBER || sort == CustomerSort.CITY;
        String tieBreaker = sort == CustomerSort.CUSTOMER_NUMBER || sort == CustomerSort.CREATED_AT
                || sort == CustomerSort.UPDATED_AT ? "r.id" : "c.id";
        String direction = ascending ? " asc" : " desc";
        String column = inIndexOrder ? path : "coalesce(" + path + ", " + path + ")";
        return column + direction + (nullable ? " nulls last" : "") + ", " + tieBreaker + direction;
    }
}
