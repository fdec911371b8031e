package com.clientbook.domain.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * A reconciliation as stored: whose, which file, how its columns were read.
 *
 * @param columns     the file's column (0-based) for customer number, name, e-mail, postal code and city, -1 for none
 * @param rerunOf     the reconciliation this one ran again, or null
 * @param skippedRows rows without a customer number, which take no part
 */
public record Reconciliation(long id, long vendorId, String startedBy, String fileName, List<String> headers,
                             List<Integer> columns, Long rerunOf, int totalRows, int skippedRows, Instant createdAt) implements java.io.Serializable {
}
