package com.clientbook.services.order;

import com.clientbook.domain.order.OrderLine;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of an order as it was placed. */
public record OrderLineView(long productId, String articleNumber, String productName, String unit, BigDecimal quantity)
        implements Serializable {

    static OrderLineView of(OrderLine line) {
        return new OrderLineView(line.productId(), line.articleNumber(), line.productName(), line.unit(), line.quantity());
    }
}
