package com.clientbook.persistence.imports;

import com.clientbook.domain.imports.RowAction;

/** What was planned or done for one row. */
public record RowResult(int rowNumber, RowAction action, String errorColumn, String message, Long companyId,
                        Long relationshipId) {
}
