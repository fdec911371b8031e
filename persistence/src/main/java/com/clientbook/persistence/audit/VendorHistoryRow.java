package com.clientbook.persistence.audit;

import java.time.Instant;

/**
 * One audit event about one of a vendor's customers, with the customer company's name (the vendor-wide history):
 * {@code relationshipId} names the relationship, which may have been unlinked since.
 */
public record VendorHistoryRow(long id, Long relationshipId, Long companyId, String companyName, String actor,
                               String action, String field, String oldValue, String newValue, Instant occurredAt) {
}
