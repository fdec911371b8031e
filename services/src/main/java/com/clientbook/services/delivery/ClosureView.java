package com.clientbook.services.delivery;

import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.delivery.VendorClosure;

import java.io.Serializable;
import java.time.LocalDate;

/** One of the vendor's closure days. */
public record ClosureView(long id, LocalDate day, ClosureRule rule, String reason) implements Serializable {

    static ClosureView of(VendorClosure closure) {
        return new ClosureView(closure.id(), closure.day(), closure.rule(), closure.reason());
    }
}
