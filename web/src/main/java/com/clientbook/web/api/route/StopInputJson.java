package com.clientbook.web.api.route;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /routes/{id}/stops}. */
@Schema(name = "NewRouteStop", description = "One of a customer's delivery locations to add as a stop")
public record StopInputJson(
        @NotNull(message = "{route.stop.customer.required}") @Schema(required = true, format = "int64",
                description = "The customer's id") Long customerId,
        @NotNull(message = "{route.stop.location.required}") @Schema(required = true, format = "int64",
                description = "One of that customer's current delivery locations") Long deliveryLocationId,
        @Schema(nullable = true, description = "0 for first; left out or past the end: last") Integer position) {
}
