package com.clientbook.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order: a product and how much of it. The article number, name and unit are copied from the product
 * when the line is written, so the order reads as it was placed after the product changes.
 */
@Embeddable
public class OrderLine implements Serializable {

    /** The largest quantity of one line: numeric(12,3). */
    public static final BigDecimal QUANTITY_MAX = new BigDecimal("999999999.999");

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "article_number", nullable = false)
    private String articleNumber;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "quantity", nullable = false)
    private BigDecimal quantity;

    protected OrderLine() {
        // for JPA
    }

    public OrderLine(long productId, String articleNumber, String productName, String unit, BigDecimal quantity) {
        this.productId = productId;
        this.articleNumber = Objects.requireNonNull(articleNumber);
        this.productName = Objects.requireNonNull(productName);
        this.unit = Objects.requireNonNull(unit);
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(QUANTITY_MAX) > 0 || quantity.scale() > 3) {
            throw new IllegalArgumentException("A line's quantity is more than 0, at most " + QUANTITY_MAX
                    + ", with at most three decimals, not " + quantity);
        }
        this.quantity = quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros();
    }

    public long productId() {
        return productId;
    }

    public String articleNumber() {
        return articleNumber;
    }

    public String productName() {
        return productName;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLine line && line.productId == productId && line.quantity.compareTo(quantity) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(productId);
    }

    @Override
    public String toString() {
        return quantity.toPlainString() + " " + unit + " " + articleNumber + " " + productName;
    }
}
