package com.clientbook.web.invitation;

import com.clientbook.domain.outbox.MailStatus;
import com.clientbook.services.invitation.InvitationView;

import java.io.Serializable;
import java.time.Instant;

/** One row of the invitations table, with the getters the pages' expression language reads (it cannot read records). */
public class InvitationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final InvitationView invitation;
    /** Where the invitation's e-mail stands in the outbox; null when none was found (e.g. mail sent long ago). */
    private MailStatus mailStatus;

    public InvitationRow(InvitationView invitation) {
        this.invitation = invitation;
    }

    public long getId() {
        return invitation.id();
    }

    public String getEmail() {
        return invitation.email();
    }

    /** First and last name, or nothing when the invitation named nobody. */
    public String getName() {
        String name = ((invitation.firstName() == null ? "" : invitation.firstName()) + " "
                + (invitation.lastName() == null ? "" : invitation.lastName())).strip();
        return name.isEmpty() ? null : name;
    }

    public boolean isPersonal() {
        return invitation.personal();
    }

    public String getStatus() {
        return invitation.status().name();
    }

    /** Resend and revoke are for invitations that are not over yet. */
    public boolean isOpen() {
        return switch (invitation.status()) {
            case PENDING, EXPIRED -> true;
            case ACCEPTED, REVOKED -> false;
        };
    }

    public Instant getSentAt() {
        return invitation.sentAt();
    }

    public String getSentBy() {
        return invitation.sentBy();
    }

    public Instant getExpiresAt() {
        return invitation.expiresAt();
    }

    public Instant getAcceptedAt() {
        return invitation.acceptedAt();
    }

    public String getAcceptedBy() {
        return invitation.acceptedBy();
    }

    /** The outbox status of the invitation's e-mail as a name (SENT, QUEUED, RETRYING, GAVE_UP), or null. */
    public String getMailStatus() {
        return mailStatus == null ? null : mailStatus.name();
    }

    void mailStatus(MailStatus status) {
        this.mailStatus = status;
    }
}
