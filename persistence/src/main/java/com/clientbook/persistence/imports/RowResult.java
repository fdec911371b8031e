package com.clientbook.persistence.imports;

/** What was planned or done for one row. */
public record RowResult(int rowNumber, String action, String errorColumn, String message, Long companyId,
                        Long relationshipId) {
}
