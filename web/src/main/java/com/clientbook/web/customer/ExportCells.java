package com.clientbook.web.customer;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that turns a list value into the text of an exported cell (CSV or Excel). A cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} would be read as a formula by a spreadsheet, and a customer's name
 * is typed by whoever added the customer: such a cell gets a leading single quote, so it stays text.
 */
public final class ExportCells {

    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@');

    private ExportCells() {
    }

    /** The cell's text: empty for nothing, a list joined by ", ", formula starts neutralised. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
        return neutralise(text);
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.contains(text.charAt(0))) {
            return "'" + text;
        }
        return text;
    }
}
