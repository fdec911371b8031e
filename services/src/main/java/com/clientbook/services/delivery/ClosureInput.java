package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.delivery.VendorClosure;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A day the vendor does not deliver, what becomes of its deliveries, and why. */
public record ClosureInput(
        @NotNull(message = "{closure.day.required}")
        LocalDate day,

        @NotNull(message = "{closure.rule.required}")
        ClosureRule rule,

        @NotBlank(message = "{closure.reason.required}")
        @Size(max = VendorClosure.REASON_MAX, message = "{closure.reason.size}")
        String reason) implements Serializable {
}
