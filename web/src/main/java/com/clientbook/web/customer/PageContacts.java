package com.clientbook.web.customer;

import com.clientbook.services.customer.CustomerContact;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.web.security.CurrentUser;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The phone and contact person of one loaded page of the customer list, read in one query when the first row is asked
 * for them: only the exports show them, so a page on screen does not read them at all.
 */
final class PageContacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final List<Long> ids;
    private transient Map<Long, CustomerContact> read;

    PageContacts(CustomerService customers, CurrentUser currentUser, List<Long> ids) {
        this.customers = customers;
        this.currentUser = currentUser;
        this.ids = List.copyOf(ids);
    }

    /** The customer's contact, or null when it has none; the page's contacts are read on the first call. */
    CustomerContact of(long customerId) {
        if (read == null) {
            read = customers.contacts(currentUser.actor(), ids);
        }
        return read.get(customerId);
    }
}
