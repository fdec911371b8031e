/**
 * Delivery locations: where a customer company takes deliveries. Owned by the customer, read by its vendors.
 */
package com.clientbook.domain.location;
