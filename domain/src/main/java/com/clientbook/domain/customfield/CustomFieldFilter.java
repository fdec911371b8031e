package com.clientbook.domain.customfield;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One filter of the customer list by a custom field, resolved against the vendor's field: {@code EQUALS} (text and a
 * choice ignoring case, a yes/no, a number or date exactly; for several choices: has this option), {@code RANGE}
 * (numbers and dates; {@code from} and {@code to} included, either may be open), {@code CONTAINS} (a fragment of text,
 * ignoring case).
 */
public record CustomFieldFilter(long fieldId, CustomFieldType type, Kind kind, Object value, Object from, Object to)
        implements Serializable {

    public enum Kind { EQUALS, RANGE, CONTAINS }

    public CustomFieldFilter {
        Objects.requireNonNull(type);
        Objects.requireNonNull(kind);
        if (kind == Kind.RANGE && !type.rangeFiltered() || kind == Kind.CONTAINS && !type.containsFiltered()) {
            throw new IllegalArgumentException(kind + " does not filter " + type);
        }
        // text is compared ignoring case: the database side is lower(text_value)
        if (value instanceof String s) {
            value = s.toLowerCase(Locale.ROOT);
        }
    }

    public static CustomFieldFilter equalTo(long fieldId, CustomFieldType type, Object value) {
        return new CustomFieldFilter(fieldId, type, Kind.EQUALS, Objects.requireNonNull(value), null, null);
    }

    public static CustomFieldFilter between(long fieldId, CustomFieldType type, Object from, Object to) {
        if (from == null && to == null) {
            throw new IllegalArgumentException("A range needs one end");
        }
        return new CustomFieldFilter(fieldId, type, Kind.RANGE, null, from, to);
    }

    public static CustomFieldFilter containing(long fieldId, CustomFieldType type, String fragment) {
        return new CustomFieldFilter(fieldId, type, Kind.CONTAINS, Objects.requireNonNull(fragment), null, null);
    }

    /** The column of custom_field_value that holds this type's values. */
    public String column() {
        return switch (type) {
            case NUMBER, DECIMAL -> "number_value";
            case DATE -> "date_value";
            case YES_NO -> "bool_value";
            default -> "text_value";
        };
    }

    public boolean isNumber() {
        return value instanceof BigDecimal || from instanceof BigDecimal || to instanceof BigDecimal;
    }

    public boolean isDate() {
        return value instanceof LocalDate || from instanceof LocalDate || to instanceof LocalDate;
    }
}
