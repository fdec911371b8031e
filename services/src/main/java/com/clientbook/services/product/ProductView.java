package com.clientbook.services.product;

import com.clientbook.domain.product.Product;
import com.clientbook.domain.product.ProductUnit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A product as its vendor reads it. {@code price} and {@code currency} are both null where the vendor gives no price. */
public record ProductView(long id, String articleNumber, String name, ProductUnit unit, BigDecimal packSize,
                          BigDecimal price, String currency, boolean active, String restrictedToLabel, Instant createdAt,
                          Instant updatedAt, long version) implements Serializable {

    public static ProductView of(Product product) {
        return new ProductView(product.id(), product.articleNumber(), product.name(), product.unit(), product.packSize(),
                product.price(), product.currency(), product.isActive(), product.restrictedToLabel(), product.createdAt(),
                product.updatedAt(), product.version());
    }

    /** This product's description as input, to change some of it. */
    public ProductInput toInput() {
        return new ProductInput(articleNumber, name, unit, packSize, price, currency, restrictedToLabel, active);
    }
}
