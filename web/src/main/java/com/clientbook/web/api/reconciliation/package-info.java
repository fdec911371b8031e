/** {@code /reconciliations}: the ERP reconciliation (issue 16) for a vendor's ERP. */
package com.clientbook.web.api.reconciliation;
