package com.clientbook.web.api.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One line of a changed order, as {@link OrderLineInputJson} is one of a new order. Two types rather than one shared:
 * Payara's scanner writes a type used in two places inline in one and as a component in the other, in no fixed order,
 * so the served document would not stay the committed one (docs/api-contract.md).
 */
@Schema(name = "ChangedOrderLine")
public record ChangedLineJson(@Schema(nullable = true) Long productId,
                              @Schema(nullable = true, description = "Instead of productId") String articleNumber,
                              @Schema(required = true) BigDecimal quantity) {

    OrderLineInputJson input() {
        return new OrderLineInputJson(productId, articleNumber, quantity);
    }
}
