package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What happened to the vendor's invitations in one week (from Monday): sent (last sent, a resend counts in its week),
 * accepted, expired (not accepted or revoked by then), revoked.
 */
public record InvitationWeek(LocalDate week, long sent, long accepted, long expired, long revoked) implements Serializable {
}
