package com.clientbook.web.api.order;

import com.clientbook.services.order.OrderLineView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One line of an order as placed: the article is copied, so it reads the same after the product changes. */
@Schema(name = "OrderLine")
public record OrderLineJson(long productId, String articleNumber, String productName, String unit, BigDecimal quantity) {

    static OrderLineJson of(OrderLineView line) {
        return new OrderLineJson(line.productId(), line.articleNumber(), line.productName(), line.unit(), line.quantity());
    }
}
