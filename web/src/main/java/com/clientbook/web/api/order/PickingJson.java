package com.clientbook.web.api.order;

import com.clientbook.domain.order.PickedProduct;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One product of a day's picking list. */
@Schema(name = "PickedProduct")
public record PickingJson(long productId, String articleNumber, String productName, String unit, BigDecimal quantity,
                          @Schema(description = "In how many orders") long orders) {

    static PickingJson of(PickedProduct product) {
        return new PickingJson(product.productId(), product.articleNumber(), product.productName(), product.unit(),
                product.quantity(), product.orders());
    }
}
