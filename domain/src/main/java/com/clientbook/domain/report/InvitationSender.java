package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.Duration;

/**
 * The invitations one person (or API key) sent in the report's weeks, by where each stands now, and the median time
 * from sending to acceptance of the accepted ones (null when none was accepted).
 */
public record InvitationSender(String sender, long sent, long accepted, long expired, long revoked, long pending,
                               Duration medianToAccept) implements Serializable {
}
