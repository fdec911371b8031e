package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a vendor gives to ban a customer: the reason (required), the ban's last day ({@code until}, a UTC date; {@code null}
 * for "until lifted"; today or later), and whether the customer is told the reason.
 */
public record NewBan(
        @NotBlank(message = "{ban.reason.required}")
        @Size(max = CustomerRelationship.BAN_REASON_MAX, message = "{ban.reason.size}")
        String reason,
        LocalDate until,
        boolean shareReason) implements Serializable {

    public NewBan {
        reason = Text.trimToNull(reason);
    }
}
