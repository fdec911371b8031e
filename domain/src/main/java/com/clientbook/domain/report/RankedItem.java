package com.clientbook.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A product or customer among the vendor's top 10 of the last 30 days: in how many orders (cancelled ones left out),
 * and for a product the quantity ordered, for a customer the number of order lines.
 */
public record RankedItem(int position, long id, String label, long orders, BigDecimal quantity) implements Serializable {
}
