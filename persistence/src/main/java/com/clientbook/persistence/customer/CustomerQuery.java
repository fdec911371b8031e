package com.clientbook.persistence.customer;

import com.clientbook.domain.shared.Text;

import java.time.Instant;

/**
 * What a vendor asks of its customer list: text filters (each a case-insensitive "contains"; {@code text} looks
 * in company name, customer number, e-mail address and city at once), one label (exact, case-insensitive), "no
 * customer number yet", registered or not (a person of the customer company has an active account; {@code null}
 * for either), invited or not (an invitation about the customer is pending; {@code null} for either), changed since
 * an instant (for ERP delta sync), one sort column, and a page. Blank filters are ignored.
 */
public record CustomerQuery(String name, String customerNumber, String city,
                            CustomerSort sort, boolean ascending, int page, int size,
                            String text, String label, boolean withoutCustomerNumber, Boolean registered,
                            Instant updatedSince, Boolean invited) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public CustomerQuery {
        name = Text.trimToNull(name);
        customerNumber = Text.trimToNull(customerNumber);
        city = Text.trimToNull(city);
        text = Text.trimToNull(text);
        label = Text.trimToNull(label);
        sort = sort == null ? CustomerSort.COMPANY_NAME : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** The column filters only, as the first version of the list knew them. */
    public CustomerQuery(String name, String customerNumber, String city, CustomerSort sort, boolean ascending, int page, int size) {
        this(name, customerNumber, city, sort, ascending, page, size, null, null, false, null, null, null);
    }

    public static CustomerQuery firstPage() {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, DEFAULT_PAGE_SIZE);
    }

    public CustomerQuery withText(String value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, value, label, withoutCustomerNumber, registered, updatedSince, invited);
    }

    public CustomerQuery withLabel(String value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, value, withoutCustomerNumber, registered, updatedSince, invited);
    }

    public CustomerQuery withoutCustomerNumber(boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, value, registered, updatedSince, invited);
    }

    public CustomerQuery withRegistered(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber, value, updatedSince, invited);
    }

    /** Only customers changed at or after the instant, sorted by when they changed (then id), oldest first. */
    public CustomerQuery withUpdatedSince(Instant value) {
        return new CustomerQuery(name, customerNumber, city, value == null ? sort : CustomerSort.UPDATED_AT,
                value == null ? ascending : true, page, size, text, label, withoutCustomerNumber, registered, value, invited);
    }

    /**
     * Invited or not: an invitation about the customer is pending (not accepted, not revoked, not expired now);
     * {@code null} for either. The status Invited is "not registered and invited", Prospect "neither".
     */
    public CustomerQuery withInvited(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber, registered, updatedSince, value);
    }
}
