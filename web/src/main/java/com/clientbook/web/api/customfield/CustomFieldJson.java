package com.clientbook.web.api.customfield;

import com.clientbook.services.customfield.CustomFieldView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A custom field's definition as the API shows it. */
@JsonbPropertyOrder({"id", "key", "labelEn", "labelDe", "type", "options", "required", "inList", "filterable", "retired",
        "createdAt", "updatedAt", "version"})
@Schema(name = "CustomField", description = "A field the calling vendor defined for its customers")
public record CustomFieldJson(
        long id,
        @Schema(description = "The field's name in customFields and in ?cf.<key>= filters; never changes",
                example = "deliveryZone") String key,
        @Schema(description = "The label in English") String labelEn,
        @Schema(description = "The label in German") String labelDe,
        @Schema(enumeration = {"TEXT", "LONG_TEXT", "NUMBER", "DECIMAL", "YES_NO", "DATE", "CHOICE", "CHOICES"},
                description = CustomFieldsResource.TYPES) String type,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The options of CHOICE and "
                + "CHOICES, in order; empty for the other types") List<String> options,
        @Schema(description = "A customer's value cannot be cleared") boolean required,
        @Schema(description = "Shown as a column of the customer list by default") boolean inList,
        @Schema(description = "Offered as a filter of the customer list") boolean filterable,
        @Schema(description = "Hidden everywhere; its values are kept and come back when it is brought back") boolean retired,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt,
        @Schema(description = "The field's version, also its ETag") long version) {

    static CustomFieldJson of(CustomFieldView view) {
        return new CustomFieldJson(view.id(), view.key(), view.labelEn(), view.labelDe(), view.type(), view.options(),
                view.required(), view.inList(), view.filterable(), view.retired(), view.createdAt(), view.updatedAt(),
                view.version());
    }
}
