package com.clientbook.services.customfield;

import com.clientbook.domain.customfield.CustomField;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A custom field's definition as the pages and the API show it; {@code valueCount}: customers with a value. */
public record CustomFieldView(long id, String key, String labelEn, String labelDe, String type, List<String> options,
                              boolean required, boolean inList, boolean filterable, boolean retired,
                              Instant createdAt, Instant updatedAt, long version) implements Serializable {

    static CustomFieldView of(CustomField field) {
        return new CustomFieldView(field.id(), field.key(), field.labelEn(), field.labelDe(), field.type().name(),
                List.copyOf(field.options()), field.isRequired(), field.isInList(), field.isFilterable(),
                field.isRetired(), field.createdAt(), field.updatedAt(), field.version());
    }

    /** The label in the reader's language (German for de, else English). */
    public String label(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? labelDe : labelEn;
    }

    public CustomFieldInput toInput() {
        return new CustomFieldInput(key, labelEn, labelDe, type, options, required, inList, filterable, retired);
    }
}
