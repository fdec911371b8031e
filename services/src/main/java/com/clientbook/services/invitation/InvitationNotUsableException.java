package com.clientbook.services.invitation;

import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.shared.RuleViolationException;

/**
 * The link's invitation cannot be accepted or changed any more: unknown token, expired, revoked or used.
 * {@link #status()} says which, so the page can say what the person may do (ask for a new link, sign in).
 */
public class InvitationNotUsableException extends RuleViolationException {

    private final InvitationStatus status;

    public InvitationNotUsableException(InvitationStatus status) {
        super("invitation.notUsable." + (status == null ? "UNKNOWN" : status.name()), null, englishFor(status));
        this.status = status;
    }

    /** {@code null} for a link that names no invitation (never issued, or replaced by a resend). */
    public InvitationStatus status() {
        return status;
    }

    private static String englishFor(InvitationStatus status) {
        if (status == null) {
            return "This invitation link is not valid: it was never issued or has been replaced by a newer one.";
        }
        return switch (status) {
            case ACCEPTED -> "This invitation has been accepted already.";
            case EXPIRED -> "This invitation has expired; ask the vendor to send it again.";
            case REVOKED -> "This invitation has been withdrawn by the vendor.";
            case PENDING -> "This invitation cannot be changed now.";
        };
    }
}
