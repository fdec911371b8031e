/**
 * Queries for access requests. A vendor's reads take the vendor's id, a customer's the customer company's id, so no
 * query crosses tenants.
 */
package com.clientbook.persistence.accessrequest;
