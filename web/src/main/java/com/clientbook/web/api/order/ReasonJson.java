package com.clientbook.web.api.order;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /orders/{id}/cancel}: why; the customer is told. */
@Schema(name = "CancelOrder")
public record ReasonJson(@Schema(required = true, maxLength = 500) String reason) {
}
