package com.clientbook.domain.shared;

/** Normalising free text typed by people: surrounding blanks never carry meaning here. */
public final class Text {

    private Text() {
    }

    /** The trimmed text, or {@code null} when nothing but blanks was given. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The text to compare e-mail addresses and customer numbers by: trimmed and lower case. */
    public static String comparable(String value) {
        String trimmed = trimToNull(value);
        return trimmed == null ? null : trimmed.toLowerCase(java.util.Locale.ROOT);
    }
}
