package com.clientbook.services.product;

import com.clientbook.domain.product.Product;
import com.clientbook.domain.product.ProductDescription;
import com.clientbook.domain.product.ProductUnit;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a vendor says of a product. Price and currency go together, both or neither: the service refuses one alone as a
 * business rule (422 in the API), after these field rules (400).
 *
 * @param currency          ISO 4217 code, such as EUR, in any case
 * @param restrictedToLabel optional: only the vendor's customers carrying this label see the product
 */
public record ProductInput(
        @NotBlank(message = "{product.articleNumber.required}")
        @Size(max = Product.ARTICLE_NUMBER_MAX, message = "{product.articleNumber.size}")
        String articleNumber,

        @NotBlank(message = "{product.name.required}")
        @Size(max = Product.NAME_MAX, message = "{product.name.size}")
        String name,

        @NotNull(message = "{product.unit.required}")
        ProductUnit unit,

        @NotNull(message = "{product.packSize.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{product.packSize.positive}")
        @Digits(integer = 7, fraction = 3, message = "{product.packSize.digits}")
        BigDecimal packSize,

        @DecimalMin(value = "0", message = "{product.price.negative}")
        @Digits(integer = 10, fraction = 2, message = "{product.price.digits}")
        BigDecimal price,

        @Pattern(regexp = "\\s*([A-Za-z]{3})?\\s*", message = "{product.currency.format}")
        String currency,

        @Size(max = Product.LABEL_MAX, message = "{product.label.size}")
        String restrictedToLabel,

        boolean active) implements Serializable {

    ProductDescription description() {
        return new ProductDescription(articleNumber, name, unit, packSize, price, currency, restrictedToLabel);
    }
}
