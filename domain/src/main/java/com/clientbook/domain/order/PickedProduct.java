package com.clientbook.domain.order;

import java.math.BigDecimal;

/** One product of a picking list: how much of it the day's open orders ask for, in how many orders. */
public record PickedProduct(long productId, String articleNumber, String productName, String unit, BigDecimal quantity,
                            long orders) implements java.io.Serializable {
}
