package com.clientbook.services.invitation;

import com.clientbook.domain.shared.RuleViolationException;

/** The vendor made the invitation personal: only the invited address may accept it. */
public class NotTheInvitedPersonException extends RuleViolationException {

    public NotTheInvitedPersonException(String invitedEmail) {
        super("invitation.personal", null, "This invitation is personal: only " + invitedEmail + " can accept it.", invitedEmail);
    }
}
