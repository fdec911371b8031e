package com.clientbook.web.customer;

import com.clientbook.domain.customfield.CustomFieldType;
import com.clientbook.domain.customfield.CustomFieldValues;
import com.clientbook.services.customfield.CustomFieldView;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One of the vendor's custom fields in the customer list: a column when the field is "shown in the list", a column of
 * both exports always, and, when it is "filterable", a filter above the table with what the person typed into it
 * (Expression Language in Jakarta EE 10 does not read record components, so the page gets bean getters). The filter's
 * text is read in the page's language and handed on in the API's writing ({@code cf.<key>}, {@code .from}, {@code .to},
 * {@code .contains}), so the page and the API filter through the same code.
 */
public class CustomFieldColumn implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CustomFieldView field;
    private final String label;
    /** Equal to (yes/no, a choice), or contains (text). */
    private String value;
    /** A range of numbers or dates, both ends included, either open. */
    private String from;
    private String to;

    CustomFieldColumn(CustomFieldView field, Locale locale) {
        this.field = field;
        this.label = field.label(locale);
    }

    public String getKey() {
        return field.key();
    }

    public String getLabel() {
        return label;
    }

    public String getType() {
        return field.type();
    }

    public List<String> getOptions() {
        return field.options();
    }

    public boolean isInList() {
        return field.inList();
    }

    public boolean isFilterable() {
        return field.filterable();
    }

    /** Numbers and dates filter by a range; text by a fragment; yes/no and choices by one value. */
    public boolean isRanged() {
        return type().rangeFiltered();
    }

    public boolean isContains() {
        return type().containsFiltered();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** Whether something is typed or chosen into the filter. */
    public boolean isFiltering() {
        return !blank(value) || !blank(from) || !blank(to);
    }

    void clear() {
        value = null;
        from = null;
        to = null;
    }

    CustomFieldType type() {
        return CustomFieldType.valueOf(field.type());
    }

    /**
     * The filter in the API's writing, added to {@code written} by its parameter name without "cf.": numbers and dates
     * typed in {@code locale} become 1234.5 and 2026-12-31.
     *
     * @throws RefusedPart a number or date that cannot be read in that language, naming its input
     */
    void writeFilter(Map<String, String> written, Locale locale) throws RefusedPart {
        if (isRanged()) {
            put(written, getKey() + ".from", wire("from", from, locale));
            put(written, getKey() + ".to", wire("to", to, locale));
        } else if (isContains()) {
            put(written, getKey() + ".contains", blank(value) ? null : value.strip());
        } else {
            put(written, getKey(), blank(value) ? null : value);
        }
    }

    private String wire(String part, String typed, Locale locale) throws RefusedPart {
        Object parsed;
        try {
            parsed = CustomFieldValues.parse(getKey(), type(), typed, locale);
        } catch (CustomFieldValues.RefusedValue refused) {
            throw new RefusedPart(part, refused.error());
        }
        return parsed instanceof java.math.BigDecimal number ? number.toPlainString()
                : parsed == null ? null : parsed.toString();
    }

    /** A filter's input ({@code from} or {@code to}) whose text is no number or date, and why. */
    static final class RefusedPart extends Exception {
        private static final long serialVersionUID = 1L;
        private final String part;
        private final transient com.clientbook.domain.shared.InvalidInputException.FieldError error;

        RefusedPart(String part, com.clientbook.domain.shared.InvalidInputException.FieldError error) {
            super(error.message(), null, false, false);
            this.part = part;
            this.error = error;
        }

        String part() {
            return part;
        }

        com.clientbook.domain.shared.InvalidInputException.FieldError error() {
            return error;
        }
    }

    private static void put(Map<String, String> written, String name, String text) {
        if (text != null) {
            written.put(name, text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
