package com.clientbook.services.invitation;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.user.User;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Configuration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The e-mails of the invitation feature, each queued in the caller's transaction. */
@Dependent
public class InvitationMails {

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    /** The invitation itself, with the link that carries its token (only the token's hash is stored). */
    void invitation(Invitation invitation, Company vendor, String token) {
        String url = configuration.baseUrl() + "/invitation.xhtml?token=" + token;
        String whom = invitation.businessName() != null ? invitation.businessName()
                : invitation.relationship() != null ? invitation.relationship().customer().name() : "your business";
        String body = "Hello " + invitation.displayName() + ",\n\n"
                + vendor.name() + " invites " + whom + " to connect as a customer on Clientbook.\n"
                + "Open this link to accept, with your account or by registering on the spot:\n\n" + url + "\n\n"
                + (invitation.personal() ? "Only " + invitation.email() + " can accept this invitation.\n" : "")
                + "The link works once and until " + invitation.expiresAt() + " (UTC).\n";
        outbox.queueEmail(invitation.email(), vendor.name() + " invites you to Clientbook", body);
    }

    /** The person who sent the invitation hears that it was accepted; for an API key's invitation, the vendor's address. */
    void accepted(Invitation invitation, User acceptor, Company company) {
        String recipient = invitation.invitedBy() != null ? invitation.invitedBy().email() : invitation.vendor().email();
        if (recipient == null) {
            return;
        }
        String body = "Hello,\n\n" + acceptor.displayName() + " <" + acceptor.email() + "> accepted the invitation to "
                + invitation.email() + ". " + company.name() + " is now your customer on Clientbook.\n\n"
                + "See your customers: " + configuration.baseUrl() + "/vendor/customers.xhtml\n";
        outbox.queueEmail(recipient, company.name() + " accepted your invitation", body);
    }
}
