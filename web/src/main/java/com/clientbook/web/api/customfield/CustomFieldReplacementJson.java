package com.clientbook.web.api.customfield;

import com.clientbook.services.customfield.CustomFieldInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /custom-fields/{id}}: everything but the key, which never changes. */
@Schema(name = "CustomFieldReplacement", description = "A custom field described anew")
public record CustomFieldReplacementJson(
        @Schema(required = true, maxLength = 100) String labelEn,
        @Schema(required = true, maxLength = 100) String labelDe,
        @Schema(required = true, enumeration = {"TEXT", "LONG_TEXT", "NUMBER", "DECIMAL", "YES_NO", "DATE", "CHOICE",
                "CHOICES"}, description = "A new type is refused with 422 while customers have a value") String type,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true) List<String> options,
        @Schema(nullable = true, defaultValue = "false") Boolean required,
        @Schema(nullable = true, defaultValue = "false") Boolean inList,
        @Schema(nullable = true, defaultValue = "false") Boolean filterable,
        @Schema(nullable = true, defaultValue = "false", description = "true retires the field (hidden, values "
                + "kept); false brings it back") Boolean retired) {

    CustomFieldInput toInput(String key) {
        return new CustomFieldInput(key, labelEn, labelDe, type, options, Boolean.TRUE.equals(required),
                Boolean.TRUE.equals(inList), Boolean.TRUE.equals(filterable), Boolean.TRUE.equals(retired));
    }
}
