/**
 * Storage of customer imports and their rows, and the set-based SQL of the bulk path: an import of 100,000 rows
 * writes through one statement per table and batch (PostgreSQL arrays unnested), not one JPA call per row.
 * It runs on the JDBC connection of the caller's JPA transaction, so it commits or rolls back with it.
 */
package com.clientbook.persistence.imports;
