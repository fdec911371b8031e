package com.clientbook.persistence.customer;

/**
 * The columns a customer list can be sorted by, each with the JPQL path it sorts on and the unique column that
 * settles ties (so paging never skips or repeats a row). Each order is one an index of migrations V5/V6 holds:
 * company columns end in the company's id, relationship columns in the relationship's id (one vendor has a
 * company as customer at most once, so either is unique within the list). Only nullable columns say
 * {@code nulls last}: on a column that is never null the clause changes nothing, but it would stop PostgreSQL from
 * reading an ascending index backwards for the descending order.
 */
public enum CustomerSort {
    COMPANY_NAME("lower(c.name)", false, "c.id"),
    CUSTOMER_NUMBER("lower(r.customerNumber)", true, "r.id"),
    CITY("lower(c.address.city)", true, "c.id"),
    CREATED_AT("r.createdAt", false, "r.id"),
    UPDATED_AT("r.updatedAt", false, "r.id");

    private final String path;
    private final boolean nullable;
    private final String tieBreaker;

    CustomerSort(String path, boolean nullable, String tieBreaker) {
        this.path = path;
        this.nullable = nullable;
        this.tieBreaker = tieBreaker;
    }

    String path() {
        return path;
    }

    /**
     * The JPQL {@code order by} clause's content for this column in this direction. {@code inIndexOrder} false writes
     * the column as {@code coalesce(x, x)}: the same value and order, but no index matches it, so PostgreSQL cannot
     * choose to walk an index in list order (see {@link CustomerRepository#list}).
     */
    String orderBy(boolean ascending, boolean inIndexOrder) {
        String direction = ascending ? " asc" : " desc";
        String column = inIndexOrder ? path : "coalesce(" + path + ", " + path + ")";
        return column + direction + (nullable ? " nulls last" : "") + ", " + tieBreaker + direction;
    }
}
