package com.clientbook.web.api.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.customer.NewBan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The body of {@code POST /customers/{id}/ban}. */
@Schema(name = "Ban", description = "A vendor's ban of one of its customers")
public record BanJson(
        @Schema(required = true, maxLength = CustomerRelationship.BAN_REASON_MAX,
                description = "Why; the customer reads it only when shareReason is true") String reason,
        @Schema(nullable = true, format = "date", example = "2026-12-31",
                description = "The ban's last day (UTC), today or later; from the day after, the ban is over by itself. "
                        + "Left out or null: until lifted") String until,
        @Schema(nullable = true, defaultValue = "false",
                description = "Whether the customer's portal shows the reason (it always shows that access is restricted)")
        Boolean shareReason) {

    NewBan toNewBan() {
        LocalDate lastDay = null;
        String text = Text.trimToNull(until);
        if (text != null) {
            try {
                lastDay = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldError("until",
                        "must be a date such as 2026-12-31")));
            }
        }
        return new NewBan(reason, lastDay, Boolean.TRUE.equals(shareReason));
    }
}
