package com.clientbook.persistence.customer;

/** One entry for the audit history, written in bulk. */
public record HistoryRow(long companyId, long relationshipId, String action, String field, String oldValue,
                         String newValue) {

    public static HistoryRow event(long companyId, long relationshipId, String action) {
        return new HistoryRow(companyId, relationshipId, action, null, null, null);
    }

    public static HistoryRow change(long companyId, long relationshipId, String field, String oldValue, String newValue) {
        return new HistoryRow(companyId, relationshipId, "CHANGED", field, oldValue, newValue);
    }
}
