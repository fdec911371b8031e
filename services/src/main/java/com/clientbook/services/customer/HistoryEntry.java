package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;

import java.io.Serializable;
import java.time.Instant;

/** One line of a customer's history: who did what, when; for a changed value, what it was before and after. */
public record HistoryEntry(Instant occurredAt, String actor, String action, String field, String oldValue,
                           String newValue) implements Serializable {

    static HistoryEntry of(AuditEvent event) {
        return new HistoryEntry(event.occurredAt(), event.actor(), event.action(), event.field(), event.oldValue(),
                event.newValue());
    }
}
