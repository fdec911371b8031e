/**
 * {@code /api/v1/customers}: a vendor's ERP lists, reads and adds the vendor's customers. The JSON shapes
 * are the ones docs/api.md ("Shapes") promises integrators; the rules live in the customer service.
 */
package com.clientbook.web.api.customer;
