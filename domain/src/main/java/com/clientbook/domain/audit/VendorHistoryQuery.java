package com.clientbook.domain.audit;

import java.time.Instant;

/**
 * What a vendor asks of its history: who acted (contains, any case; {@code null} for anyone), the kind of change
 * (an action, and for "CHANGED" optionally the field; {@code null} for any), from an instant (inclusive) until one
 * (exclusive), and a page, newest first.
 */
public record VendorHistoryQuery(String person, String action, String field, Instant from, Instant until, int page,
                                 int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public VendorHistoryQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        field = field == null || field.isBlank() ? null : field.strip();
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
