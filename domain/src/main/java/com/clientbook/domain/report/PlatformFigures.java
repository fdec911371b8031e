package com.clientbook.domain.report;

import java.io.Serializable;
import java.util.List;

/**
 * The platform admin's report: counts only, no company's or person's data. Vendors (suspended among them), customer
 * companies, relationships, sign-ins per week (12 weeks), and the e-mail outbox's unsent messages by where they stand.
 */
public record PlatformFigures(long vendors, long suspendedVendors, long customerCompanies, long relationships,
                              List<DayCount> signInsPerWeek, long outboxQueued, long outboxRetrying, long outboxGaveUp)
        implements Serializable {

    public PlatformFigures {
        signInsPerWeek = List.copyOf(signInsPerWeek);
    }
}
