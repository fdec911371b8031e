package com.clientbook.web.api.company;

import com.clientbook.domain.company.CompanySearchHit;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company found for linking: enough to recognise it, never its e-mail, phone or any vendor's customer number. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "postalCode", "city"})
@Schema(name = "CompanySearchHit", description = "A customer company that could be linked")
public record CompanyHitJson(
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The companyId to link") long id,
        String name,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city) {

    static CompanyHitJson of(CompanySearchHit hit) {
        return new CompanyHitJson(hit.id(), hit.name(), hit.postalCode(), hit.city());
    }
}
