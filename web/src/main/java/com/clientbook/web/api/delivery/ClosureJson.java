package com.clientbook.web.api.delivery;

import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.services.delivery.ClosureView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closure day as the API answers it. */
@Schema(name = "Closure", description = "A day the vendor does not deliver, and what becomes of the deliveries planned for it")
public record ClosureJson(
        @Schema(required = true, format = "int64") long id,
        @Schema(required = true, format = "date", example = "2027-12-25") String day,
        @Schema(required = true, description = "SKIP the delivery, or move it to the nearest open day before "
                + "(MOVE_EARLIER) or after (MOVE_LATER), at most a week") ClosureRule rule,
        @Schema(required = true, example = "Christmas Day") String reason) {

    static ClosureJson of(ClosureView closure) {
        return new ClosureJson(closure.id(), closure.day().toString(), closure.rule(), closure.reason());
    }
}
