package com.clientbook.web.api.product;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The documentation of {@code PATCH /products/{id}}'s body (the resource reads it as a JSON object, to tell a member
 * left out from one set to null).
 */
@Schema(name = "ProductPatch", description = "A merge patch: members left out stay; price, currency and "
        + "restrictedToLabel given as null are cleared")
public record ProductPatchJson(
        @Schema(maxLength = 40) String articleNumber,
        @Schema(maxLength = 200) String name,
        @Schema(enumeration = {"PIECE", "KG", "G", "L", "CRATE", "BOX", "BOTTLE", "BAG", "PACK", "CASE"}) String unit,
        BigDecimal packSize,
        @Schema(nullable = true) BigDecimal price,
        @Schema(nullable = true) String currency,
        @Schema(nullable = true, maxLength = 50) String restrictedToLabel,
        Boolean active) {
}
