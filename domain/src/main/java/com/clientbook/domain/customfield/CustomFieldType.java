package com.clientbook.domain.customfield;

/**
 * What a custom field holds. NUMBER is a whole number, DECIMAL one with up to four decimals; CHOICE is one of the
 * field's options, CHOICES any of them.
 */
public enum CustomFieldType {
    TEXT, LONG_TEXT, NUMBER, DECIMAL, YES_NO, DATE, CHOICE, CHOICES;

    public boolean hasOptions() {
        return this == CHOICE || this == CHOICES;
    }

    /** Filters by a range (from, to) instead of one value. */
    public boolean rangeFiltered() {
        return this == NUMBER || this == DECIMAL || this == DATE;
    }

    /** Filters by a fragment of the text. */
    public boolean containsFiltered() {
        return this == TEXT || this == LONG_TEXT;
    }
}
