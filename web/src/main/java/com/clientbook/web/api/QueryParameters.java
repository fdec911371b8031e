package com.clientbook.web.api;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters read as text, so that a wrong value is answered with a problem naming the parameter (JAX-RS's own
 * conversion answers 404). Collects every wrong parameter of a request, then {@link #check()} refuses them together.
 */
public final class QueryParameters {

    /** The largest page any list serves; larger sizes are lowered to it. */
    public static final int MAX_PAGE_SIZE = 200;

    private final List<FieldError> errors = new ArrayList<>();

    /** The page number, from 0; absent: 0. */
    public int page(String text) {
        Long page = whole("page", text);
        if (page == null) {
            return 0;
        }
        if (page < 0 || page > Integer.MAX_VALUE / MAX_PAGE_SIZE) {
            errors.add(new FieldError("page", "must be 0 or more and within the list"));
            return 0;
        }
        return page.intValue();
    }

    /** The page size, 1 or more, lowered to {@value #MAX_PAGE_SIZE}; absent: the given default. */
    public int size(String text, int absent) {
        Long size = whole("size", text);
        if (size == null) {
            return absent;
        }
        if (size < 1) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
            return absent;
        }
        return (int) Math.min(size, MAX_PAGE_SIZE);
    }

    /** A whole number, or {@code null} where absent. */
    public Long whole(String field, String text) {
        String value = Text.trimToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    /** A date such as 2027-01-04, or {@code null} where absent. */
    public LocalDate date(String field, String text) {
        String value = Text.trimToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2027-01-04"));
            return null;
        }
    }

    /** An ISO-8601 instant, or {@code null} where absent. */
    public Instant instant(String field, String text) {
        String value = Text.trimToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z"));
            return null;
        }
    }

    /** true or false, or {@code null} where absent. */
    public Boolean bool(String field, String text) {
        String value = Text.trimToNull(text);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield null;
            }
        };
    }

    /** One of an enum's constants by name, in any case, or {@code null} where absent. */
    public <E extends Enum<E>> E oneOf(String field, String text, Class<E> type) {
        String value = Text.trimToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(field, "must be one of " + String.join(", ", names)));
            return null;
        }
    }

    /** Refuses the request where any parameter was wrong: 400, each named. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }
}
