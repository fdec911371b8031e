package com.clientbook.persistence.customer;

import com.clientbook.domain.customer.CustomerSort;

/**
 * Each sortable column of a customer list with the JPQL path it sorts on and the unique column that settles ties (so
 * paging never skips or repeats a row). Each order is one an index of migrations V6/V43 holds: company columns end in
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
        String path = path(sort);
        String direction = ascending ? " asc" : " desc";
        String column = inIndexOrder ? path : "coalesce(" + path + ", " + path + ")";
        return column + direction + (nullable(sort) ? " nulls last" : "") + ", " + tieBreaker(sort) + direction;
    }

    /**
     * The JPQL path the column sorts on. Name and city are the relationship's own lower-case copies of the company's
     * (V43), in the vendor's indexes {@code customer_relationship_search_name_idx} and {@code …_search_city_idx}.
     */
    static String path(CustomerSort sort) {
        return switch (sort) {
            case COMPANY_NAME -> "r.searchName";
            case CUSTOMER_NUMBER -> "lower(r.customerNumber)";
            case CITY -> "r.searchCity";
            case CREATED_AT -> "r.createdAt";
            case UPDATED_AT -> "r.updatedAt";
        };
    }

    /** The unique column that settles ties: the company's id for company columns, else the relationship's. */
    static String tieBreaker(CustomerSort sort) {
        return sort == CustomerSort.COMPANY_NAME || sort == CustomerSort.CITY ? "r.customer.id" : "r.id";
    }

    static boolean nullable(CustomerSort sort) {
        return sort == CustomerSort.CUSTOMER_NUMBER || sort == CustomerSort.CITY;
    }
}
