package com.clientbook.domain.delivery;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which a vendor does not deliver (a public holiday, an inventory day), with what becomes of the deliveries
 * scheduled for it.
 *
 * @param date   the closed day
 * @param rule   skip the delivery, or move it to the nearest open day before or after
 * @param reason what the vendor calls the day ("Christmas Day"), shown where a delivery moved or was skipped
 */
public record Closure(LocalDate date, ClosureRule rule, String reason) {

    public Closure {
        Objects.requireNonNull(date, "A closure needs a date");
        Objects.requireNonNull(rule, "A closure needs a rule");
    }
}
