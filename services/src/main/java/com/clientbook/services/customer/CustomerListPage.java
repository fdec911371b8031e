package com.clientbook.services.customer;

import com.clientbook.domain.shared.Page;

import java.util.Map;

/**
 * One page of the customer list with the phone and contact person of its customers (which the list page's exports
 * offer), read in one transaction ({@link CustomerService#listWithContacts}).
 */
public record CustomerListPage(Page<CustomerView> page, Map<Long, CustomerContact> contacts) {
}
