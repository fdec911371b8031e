package com.clientbook.domain.customer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a customer list page ended, so the next one starts right after it however deep in the list (keyset paging,
 * issue 19): the sort it belongs to, the last row's sort value and its tie-breaker (the company's id for name and city,
 * the relationship's id for the others, as the list's order settles ties). It carries values only, never a row to
 * look up, and the list that reads it stays within the caller's vendor: a cursor made by another vendor's list shows
 * nothing of that vendor.
 *
 * <p>Its text form ({@link #encode}) is opaque to callers: URL-safe Base64 of {@code v1|SORT|a or d|tie|value},
 * the value {@code -} when null, otherwise {@code =} and the value (an instant as ISO-8601).
 *
 * @param value the last row's sort value: lower-case text for name, number and city (null when the row has none), an
 *              instant for created and updated
 */
public record CustomerCursor(CustomerSort sort, boolean ascending, Object value, long tieBreaker) {

    private static final String VERSION = "v1";

    public CustomerCursor {
        Objects.requireNonNull(sort);
        boolean instant = sort == CustomerSort.CREATED_AT || sort == CustomerSort.UPDATED_AT;
        if (instant ? !(value instanceof Instant) : value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("A cursor's value does not suit its sort " + sort);
        }
        if (value == null && sort == CustomerSort.COMPANY_NAME) {
            throw new IllegalArgumentException("A cursor by name needs a name");
        }
    }

    /** The cursor after {@code last} in a list sorted by {@code sort}. */
    public static CustomerCursor after(CustomerRelationship last, CustomerSort sort, boolean ascending) {
        return switch (sort) {
            case COMPANY_NAME -> new CustomerCursor(sort, ascending, last.searchName(), last.customer().id());
            case CITY -> new CustomerCursor(sort, ascending, last.searchCity(), last.customer().id());
            case CUSTOMER_NUMBER -> new CustomerCursor(sort, ascending,
                    last.customerNumber() == null ? null : last.customerNumber().toLowerCase(Locale.ROOT), last.id());
            case CREATED_AT -> new CustomerCursor(sort, ascending, last.createdAt(), last.id());
            case UPDATED_AT -> new CustomerCursor(sort, ascending, last.updatedAt(), last.id());
        };
    }

    /** Whether the cursor continues a list in this order. */
    public boolean belongsTo(CustomerQuery query) {
        return query.sort() == sort && query.ascending() == ascending;
    }

    public String encode() {
        String text = VERSION + "|" + sort.name() + "|" + (ascending ? "a" : "d") + "|" + tieBreaker + "|"
                + (value == null ? "-" : "=" + value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a caller sent back; {@link IllegalArgumentException} when it is not one this list gave out. */
    public static CustomerCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\\|", 5);
            if (parts.length != 5 || !parts[0].equals(VERSION) || !(parts[2].equals("a") || parts[2].equals("d"))) {
                throw new IllegalArgumentException("not a cursor of this list");
            }
            CustomerSort sort = CustomerSort.valueOf(parts[1]);
            Object value;
            if (parts[4].equals("-")) {
                value = null;
            } else if (parts[4].startsWith("=")) {
                String raw = parts[4].substring(1);
                value = sort == CustomerSort.CREATED_AT || sort == CustomerSort.UPDATED_AT ? Instant.parse(raw) : raw;
            } else {
                throw new IllegalArgumentException("not a cursor of this list");
            }
            return new CustomerCursor(sort, parts[2].equals("a"), value, Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this list", e);
        }
    }
}
