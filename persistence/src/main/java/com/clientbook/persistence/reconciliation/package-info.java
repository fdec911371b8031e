/** ERP reconciliations (issue 16): the file's rows staged in the database and the report made from them by set-based SQL. */
package com.clientbook.persistence.reconciliation;
