package com.clientbook.domain.invitation;

import java.io.Serializable;
import java.time.Duration;

/**
 * The invitation list's filters beside the status (issue 16: the dashboard's "needs attention" links): pending
 * invitations that expire within {@link #EXPIRING_WITHIN}, and invitations sent in the last {@link #MAIL_WINDOW} whose
 * e-mail was given up after the outbox's last attempt. Either, both or neither.
 */
public record InvitationFilter(boolean expiringSoon, boolean mailNotDelivered) implements Serializable {

    /** "Expiring soon": pending now and expiring within three days from now. */
    public static final Duration EXPIRING_WITHIN = Duration.ofDays(3);

    /** "E-mail not delivered" looks at invitations sent within the last 30 days. */
    public static final Duration MAIL_WINDOW = Duration.ofDays(30);

    public static final InvitationFilter NONE = new InvitationFilter(false, false);

    public boolean any() {
        return expiringSoon || mailNotDelivered;
    }
}
