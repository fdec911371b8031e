package com.clientbook.web.api.product;

import com.clientbook.domain.product.ProductUnit;
import com.clientbook.services.product.ProductView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the API answers it. */
@JsonbPropertyOrder({"id", "articleNumber", "name", "unit", "packSize", "price", "currency", "active", "restrictedToLabel",
        "version", "createdAt", "updatedAt"})
@Schema(name = "Product", description = "An article the vendor sells")
public record ProductJson(
        @Schema(required = true, format = "int64") long id,
        @Schema(required = true, description = "The vendor's article number; unique per vendor, compared trimmed and "
                + "without regard to case") String articleNumber,
        @Schema(required = true) String name,
        @Schema(required = true, type = SchemaType.STRING, description = "What one ordered quantity counts",
                enumeration = {"PIECE", "KG", "G", "L", "CRATE", "BOX", "BOTTLE", "BAG", "PACK", "CASE"}) ProductUnit unit,
        @Schema(required = true, type = SchemaType.NUMBER,
                description = "How many of the unit one pack holds, more than 0, up to 3 decimals") BigDecimal packSize,
        @Schema(nullable = true, type = SchemaType.NUMBER,
                description = "The price per unit, with currency; both absent where the vendor gives none") BigDecimal price,
        @Schema(nullable = true, example = "EUR", description = "ISO 4217 code; present exactly when price is") String currency,
        @Schema(required = true, description = "Inactive products cannot be ordered; they stay in the list") boolean active,
        @Schema(nullable = true, description = "Only the vendor's customers carrying this label see the product; "
                + "absent: all of them") String restrictedToLabel,
        @Schema(required = true, format = "int64", description = "The version; also the ETag") long version,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt) {

    static ProductJson of(ProductView product) {
        return new ProductJson(product.id(), product.articleNumber(), product.name(), product.unit(), product.packSize(),
                product.price(), product.currency(), product.active(), product.restrictedToLabel(), product.version(),
                product.createdAt(), product.updatedAt());
    }
}
