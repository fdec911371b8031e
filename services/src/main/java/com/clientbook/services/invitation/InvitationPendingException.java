package com.clientbook.services.invitation;

import com.clientbook.domain.shared.ConflictException;

/** The vendor has a pending invitation to this address already: resend that one rather than inviting twice. */
public class InvitationPendingException extends ConflictException {

    private final long invitationId;

    public InvitationPendingException(String email, long invitationId) {
        super("invitation.pending", "email", "An invitation to " + email + " is pending already (invitation " + invitationId
                + "); resend it instead of inviting again.", email, invitationId);
        this.invitationId = invitationId;
    }

    public long invitationId() {
        return invitationId;
    }
}
