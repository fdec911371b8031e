/** The ERP reconciliation page (issue 16). */
package com.clientbook.web.reconciliation;
