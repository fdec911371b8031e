package com.clientbook.web.api.customfield;

import com.clientbook.services.customfield.CustomFieldInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code POST /custom-fields}. */
@Schema(name = "NewCustomField", description = "A custom field to define")
public record NewCustomFieldJson(
        @Schema(required = true, maxLength = 40, pattern = "^[a-z][A-Za-z0-9_]{0,39}$", example = "deliveryZone",
                description = "Unique among the vendor's fields, retired ones included; never changes") String key,
        @Schema(required = true, maxLength = 100, example = "Delivery zone") String labelEn,
        @Schema(required = true, maxLength = 100, example = "Lieferzone") String labelDe,
        @Schema(required = true, enumeration = {"TEXT", "LONG_TEXT", "NUMBER", "DECIMAL", "YES_NO", "DATE", "CHOICE",
                "CHOICES"}, description = CustomFieldsResource.TYPES) String type,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true, description = "For CHOICE "
                + "and CHOICES: 1 to 50 options of at most 100 characters") List<String> options,
        @Schema(nullable = true, defaultValue = "false") Boolean required,
        @Schema(nullable = true, defaultValue = "false") Boolean inList,
        @Schema(nullable = true, defaultValue = "false") Boolean filterable) {

    CustomFieldInput toInput() {
        return new CustomFieldInput(key, labelEn, labelDe, type, options, Boolean.TRUE.equals(required),
                Boolean.TRUE.equals(inList), Boolean.TRUE.equals(filterable), false);
    }
}
