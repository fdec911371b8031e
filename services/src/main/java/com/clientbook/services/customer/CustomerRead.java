package com.clientbook.services.customer;

import java.util.Map;

/**
 * One customer as the API reads it: the customer and its custom fields (by key in the fields' order, as wire values;
 * {@code null} where the vendor has none), read in one transaction ({@link CustomerService#read}).
 */
public record CustomerRead(CustomerView customer, Map<String, Object> customFields) {
}
