/**
 * {@code /api/v1/customers}: a vendor's ERP lists, reads and adds the vendor's customers. The JSON shapes
 * are the ones DESIGN.md promises integrators; the rules live in the customer service.
 */
package com.clientbook.web.api.customer;
