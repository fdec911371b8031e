package com.clientbook.services.order;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * One line to order: a product, by its id or by its article number, and how much of it.
 */
public record OrderLineInput(Long productId, String articleNumber,
                             @NotNull(message = "{order.quantity.required}")
                             @DecimalMin(value = "0", inclusive = false, message = "{order.quantity.positive}")
                             @DecimalMax(value = "999999999.999", message = "{order.quantity.max}")
                             @Digits(integer = 9, fraction = 3, message = "{order.quantity.digits}")
                             BigDecimal quantity) {
}
