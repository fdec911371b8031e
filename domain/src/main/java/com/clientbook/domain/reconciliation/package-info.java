/**
 * ERP reconciliation (issue 16): what a vendor's ERP customer list and its customers in Clientbook say about each other,
 * as the kinds of finding a report lists ({@link com.clientbook.domain.reconciliation.FindingKind}).
 */
package com.clientbook.domain.reconciliation;
