package com.clientbook.persistence.customer;

import com.clientbook.domain.shared.Text;

/**
 * What a vendor asks of its customer list: text filters (each a case-insensitive "contains"), one sort
 * column, and a page. Blank filters are ignored.
 */
public record CustomerQuery(String name, String customerNumber, String city,
                            CustomerSort sort, boolean ascending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public CustomerQuery {
        name = Text.trimToNull(name);
        customerNumber = Text.trimToNull(customerNumber);
        city = Text.trimToNull(city);
        sort = sort == null ? CustomerSort.COMPANY_NAME : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static CustomerQuery firstPage() {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, DEFAULT_PAGE_SIZE);
    }
}
