package com.clientbook.domain.report;

import java.io.Serializable;

/**
 * What needs the vendor's attention, each a count of one list: open access requests, pending invitations expiring
 * within 3 days, bans whose last day is in this week, customers without customer number, without a current delivery
 * location, on none of the vendor's routes, without delivery days, imports of the last 30 days that had rows with
 * errors, and invitation e-mails of the last 30 days that were given up.
 */
public record Attention(long openRequests, long invitationsExpiring, long bansEnding, long withoutCustomerNumber,
                        long withoutLocation, long withoutRoute, long withoutDeliveryDays, long importsWithErrors,
                        long mailsNotDelivered) implements Serializable {
}
