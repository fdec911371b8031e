package com.clientbook.web.api.customer;

import com.clientbook.services.customer.HistoryEntry;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A customer's history, newest first. */
@Schema(name = "CustomerHistory", description = "What happened to one customer (relationship), newest first")
public record HistoryJson(List<Entry> items) {

    /** One event; field, oldValue and newValue are {@code null} unless a value changed. */
    @JsonbNillable
    @JsonbPropertyOrder({"occurredAt", "actor", "action", "field", "oldValue", "newValue"})
    @Schema(name = "CustomerHistoryEntry")
    public record Entry(
            @Schema(type = SchemaType.STRING, format = "date-time") Instant occurredAt,
            @Schema(description = "Who acted: a person, or an API key by its name") String actor,
            @Schema(description = "CUSTOMER_CREATED, CHANGED, CUSTOMER_UNLINKED; more may be added") String action,
            @Schema(nullable = true, description = "The changed field, e.g. customerNumber") String field,
            @Schema(nullable = true) String oldValue,
            @Schema(nullable = true) String newValue) {
    }

    static HistoryJson of(List<HistoryEntry> history) {
        return new HistoryJson(history.stream().map(e -> new Entry(e.occurredAt(), e.actor(), e.action(), e.field(),
                e.oldValue(), e.newValue())).toList());
    }
}
