/**
 * A vendor's customers: the relationship between a vendor and a customer company, and the vendor's customer number for it.
 */
package com.clientbook.domain.customer;
