/**
 * Storage of customer imports ({@link com.clientbook.persistence.imports.ImportJobRepository}) and their rows
 * ({@link com.clientbook.persistence.imports.ImportRowRepository}), in plain SQL on the JDBC connection of the caller's
 * JPA transaction, so it commits or rolls back with it. What a batch writes into the customers' tables is
 * {@link com.clientbook.persistence.customer.CustomerBulkWriter}'s.
 */
package com.clientbook.persistence.imports;
