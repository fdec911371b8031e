package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.Instant;

/**
 * One customer's ordering with the vendor: when it last placed an order (null: never), and its orders and order
 * lines of the last 30 and 90 days (cancelled orders left out).
 */
public record CustomerActivity(long relationshipId, String companyName, String customerNumber, Instant lastOrderAt,
                               long orders30, long lines30, long orders90, long lines90) implements Serializable {
}
