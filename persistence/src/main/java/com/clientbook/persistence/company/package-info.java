/**
 * Queries for the company feature. Reads that belong to a tenant take its id, so no query can cross tenants.
 */
package com.clientbook.persistence.company;
