package com.clientbook.services.platform;

import com.clientbook.domain.audit.AuditEvent;

import java.io.Serializable;
import java.time.Instant;

/** One line of a vendor's history: who did what, when; for a changed value, what it was before and after. */
public record VendorHistoryEntry(Instant occurredAt, String actor, String action, String field, String oldValue,
                                 String newValue) implements Serializable {

    static VendorHistoryEntry of(AuditEvent event) {
        return new VendorHistoryEntry(event.occurredAt(), event.actor(), event.action(), event.field(), event.oldValue(),
                event.newValue());
    }
}
