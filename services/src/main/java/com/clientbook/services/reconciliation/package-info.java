/**
 * ERP reconciliation (issue 16): a vendor's ERP customer list (a CSV or Excel file read as the import reads it, or rows
 * sent as JSON) held against its customers; the report kept per reconciliation; probable matches accepted into
 * customer numbers; the ERP's new customers handed to the import as a dry run.
 */
package com.clientbook.services.reconciliation;
