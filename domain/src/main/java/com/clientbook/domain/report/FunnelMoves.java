package com.clientbook.domain.report;

import java.io.Serializable;

/**
 * How many customers moved into each step of the funnel since a moment, counted as the events that move them:
 * access requests made (Requested), requests rejected (Rejected), customers added (Prospect), invitations sent
 * (Invited), invitations accepted (Registered), first orders (Has ordered).
 */
public record FunnelMoves(long requested, long rejected, long added, long invited, long registered, long firstOrders)
        implements Serializable {
}
