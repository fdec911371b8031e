package com.clientbook.domain.product;

import java.math.BigDecimal;

/**
 * What the vendor says of a product, as typed: {@link Product#describe} trims and checks it.
 *
 * @param price             optional; with {@code currency}, or both empty
 * @param currency          ISO 4217 code, such as EUR
 * @param restrictedToLabel optional: only the vendor's customers carrying this label see the product
 */
public record ProductDescription(String articleNumber, String name, ProductUnit unit, BigDecimal packSize,
                                 BigDecimal price, String currency, String restrictedToLabel) {
}
