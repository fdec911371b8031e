package com.clientbook.web.api.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One line to order: the product by id or by article number, and the quantity (more than 0, up to three decimals). */
@Schema(name = "NewOrderLine")
public record OrderLineInputJson(@Schema(nullable = true) Long productId,
                                 @Schema(nullable = true, description = "Instead of productId") String articleNumber,
                                 @Schema(required = true) BigDecimal quantity) {
}
