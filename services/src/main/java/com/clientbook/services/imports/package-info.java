/**
 * Bulk import of customers from CSV and Excel files (issue 6): reading the file ({@link
 * com.clientbook.services.imports.CustomerFile}), checking each row alone ({@link
 * com.clientbook.services.imports.ImportRow}), deciding per row against the database what the import does ({@link
 * com.clientbook.services.imports.ImportPlanner}), and doing it in batches of their own transactions in the background
 * ({@link com.clientbook.services.imports.ImportWorker}), so that an import survives a restart and never half-creates
 * a customer.
 */
package com.clientbook.services.imports;
