package com.clientbook.web.api.product;

import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.product.ProductInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /products} and {@code PUT /products/{id}}: the whole description of a product. */
@Schema(name = "ProductInput", description = "What a vendor says of a product. price and currency go together: both or neither")
public record ProductInputJson(
        @Schema(required = true, maxLength = 40) String articleNumber,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, enumeration = {"PIECE", "KG", "G", "L", "CRATE", "BOX", "BOTTLE", "BAG", "PACK", "CASE"},
                description = "What one ordered quantity counts") String unit,
        @Schema(required = true, description = "More than 0, up to 3 decimals, such as 6 or 2.5") BigDecimal packSize,
        @Schema(nullable = true, description = "0 or more, up to 2 decimals, such as 12.90; needs currency") BigDecimal price,
        @Schema(nullable = true, example = "EUR", description = "ISO 4217 code; needs price") String currency,
        @Schema(nullable = true, maxLength = 50, description = "Only the vendor's customers carrying this label see the product")
        String restrictedToLabel,
        @Schema(nullable = true, defaultValue = "true") Boolean active) {

    ProductInput toInput() {
        return new ProductInput(articleNumber, name, unit(unit), packSize, price, currency, restrictedToLabel,
                active == null || active);
    }

    /** The unit by its name in any case; null stays null (the service says it is required); anything else is named. */
    static ProductUnit unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        try {
            return ProductUnit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("unit",
                    "must be one of " + Arrays.toString(ProductUnit.values()))));
        }
    }
}
