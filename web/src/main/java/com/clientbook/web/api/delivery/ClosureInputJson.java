package com.clientbook.web.api.delivery;

import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.delivery.VendorClosure;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.delivery.ClosureInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The body of {@code POST /closures}. */
@Schema(name = "NewClosure", description = "A day without delivery")
public record ClosureInputJson(
        @Schema(required = true, format = "date", example = "2027-12-25") String day,
        @Schema(required = true, enumeration = {"SKIP", "MOVE_EARLIER", "MOVE_LATER"}) String rule,
        @Schema(required = true, maxLength = VendorClosure.REASON_MAX, example = "Christmas Day") String reason) {

    ClosureInput toInput() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        if (Text.trimToNull(day) != null) {
            try {
                date = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInputException.FieldError("day", "must be a date such as 2027-12-25"));
            }
        }
        ClosureRule closureRule = null;
        if (Text.trimToNull(rule) != null) {
            try {
                closureRule = ClosureRule.valueOf(rule.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("rule", "must be SKIP, MOVE_EARLIER or MOVE_LATER"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ClosureInput(date, closureRule, reason);
    }
}
