package com.clientbook.web.api.route;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /routes/{id}/stops/{locationId}}: where the stop goes. */
@Schema(name = "RouteStopMove", description = "The new position of a stop; the others keep their order")
public record StopMoveJson(
        @NotNull(message = "{route.stop.position.required}") @Schema(required = true, minimum = "0",
                description = "0 for first; past the end: last") Integer position) {
}
