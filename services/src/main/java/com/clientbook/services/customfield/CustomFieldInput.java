package com.clientbook.services.customfield;

import com.clientbook.domain.customfield.CustomField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a vendor admin says of a custom field. {@code key} counts only when the field is defined (it never changes);
 * {@code type} is a {@link com.clientbook.domain.customfield.CustomFieldType} name; {@code options} for the two
 * choice types, one per item; {@code retired} hides the field (keeping its values) or brings it back.
 */
public record CustomFieldInput(
        String key,
        @NotBlank(message = "{customField.labelEn.required}")
        @Size(max = CustomField.LABEL_MAX, message = "{customField.label.size}")
        String labelEn,
        @NotBlank(message = "{customField.labelDe.required}")
        @Size(max = CustomField.LABEL_MAX, message = "{customField.label.size}")
        String labelDe,
        @NotNull(message = "{customField.type.required}")
        String type,
        List<String> options,
        boolean required,
        boolean inList,
        boolean filterable,
        boolean retired) {
}
