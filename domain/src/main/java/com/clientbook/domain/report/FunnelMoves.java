package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.Instant;

/**
 * How many customers moved into each step of the funnel at or after {@code since}, counted by the events that move
 * them: access requests made (Requested) and rejected (Rejected), as the customer list shows them at those statuses;
 * customers added (Prospect), customers an invitation was sent about (Invited) or whose invitation was accepted
 * (Registered), and customers' first orders (Has ordered), each customer once, as the customer list's filter
 * {@code CustomerQuery.Moved} finds them. An invitation to an address that is no customer yet moves no customer.
 */
public record FunnelMoves(Instant since, long requested, long rejected, long added, long invited, long registered,
                          long firstOrders) implements Serializable {
}
