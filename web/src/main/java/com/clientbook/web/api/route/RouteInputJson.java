package com.clientbook.web.api.route;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.route.RouteInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /routes} and {@code PUT /routes/{id}}: the whole description of a route. */
@Schema(name = "RouteInput", description = "What a vendor says of a route; its stops are kept under /routes/{id}/stops")
public record RouteInputJson(
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true, maxLength = 20) String code,
        @Schema(type = SchemaType.ARRAY, implementation = DayOfWeek.class) List<DayOfWeek> deliveryWeekdays,
        @Schema(required = true) DeadlineJson orderDeadline,
        @Schema(nullable = true, maxLength = 1000) String driverNote,
        @Schema(nullable = true, defaultValue = "true") Boolean active) {

    RouteInput toInput() {
        Integer daysBefore = orderDeadline == null ? null : orderDeadline.daysBefore();
        LocalTime time = null;
        if (orderDeadline != null && orderDeadline.time() != null) {
            try {
                time = LocalTime.parse(orderDeadline.time().strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldError("orderDeadline.time",
                        "must be a time such as 14:00")));
            }
        }
        return new RouteInput(name, code, deliveryWeekdays == null ? Set.of() : Set.copyOf(deliveryWeekdays), daysBefore, time,
                driverNote, active == null || active);
    }
}
