package com.clientbook.web.api.delivery;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.delivery.ScheduleInput;
import com.clientbook.web.api.route.DeadlineJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The body of {@code PUT /customers/{id}/delivery-locations/{locationId}/schedule}: the whole own schedule. */
@Schema(name = "DeliveryScheduleInput", description = "A delivery location's own schedule: WEGOTRADE's biweekly "
        + "customer is weekdays [TUESDAY], everyWeeks 2, startDate 2027-01-05")
public record ScheduleInputJson(
        @Schema(type = SchemaType.ARRAY, implementation = DayOfWeek.class,
                description = "At least one while enabled") List<DayOfWeek> weekdays,
        @Schema(required = true) DeadlineJson orderDeadline,
        @Schema(nullable = true, minimum = "1", maximum = "52", defaultValue = "1") Integer everyWeeks,
        @Schema(required = true, format = "date", example = "2027-01-05") String startDate,
        @Schema(nullable = true, defaultValue = "true") Boolean enabled) {

    ScheduleInput toInput() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalTime time = null;
        if (orderDeadline != null && Text.trimToNull(orderDeadline.time()) != null) {
            try {
                time = LocalTime.parse(orderDeadline.time().strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInputException.FieldError("orderDeadline.time", "must be a time such as 14:00"));
            }
        }
        LocalDate start = null;
        if (Text.trimToNull(startDate) != null) {
            try {
                start = LocalDate.parse(startDate.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInputException.FieldError("startDate", "must be a date such as 2027-01-05"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ScheduleInput(weekdays == null ? Set.of() : Set.copyOf(weekdays),
                orderDeadline == null ? null : orderDeadline.daysBefore(), time, everyWeeks == null ? 1 : everyWeeks,
                start, enabled == null || enabled);
    }
}
