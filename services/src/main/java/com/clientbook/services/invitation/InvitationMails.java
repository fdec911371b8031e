package com.clientbook.services.invitation;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.user.User;
import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Configuration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The e-mails of the invitation feature, worded from the mail bundle in the recipient's language and queued in the
 * caller's transaction. An invited address that is no account yet is written to in the language and time zone of the
 * customer company it is for, when the vendor named an existing one, else in English and the vendor's time zone.
 */
@Dependent
public class InvitationMails {

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    /** The invitation itself, with the link that carries its token (only the token's hash is stored). */
    void invitation(Invitation invitation, Company vendor, String token) {
        Company customer = invitation.relationship() != null ? invitation.relationship().customer() : null;
        Recipient to = customer != null ? Recipient.of(invitation.email(), invitation.displayName(), customer)
                : new Recipient(invitation.email(), invitation.displayName() == null ? invitation.email() : invitation.displayName(),
                        Recipient.locale(null), Recipient.zoneOf(vendor));
        String business = invitation.businessName() != null ? invitation.businessName()
                : customer != null ? customer.name() : null;
        outbox.queue(invitation(to, vendor.name(), business, configuration.baseUrl() + "/invitation.xhtml?token=" + token,
                invitation.personal(), invitation.expiresAt()), vendor);
    }

    /** The person who sent the invitation hears that it was accepted; for an API key's invitation, the vendor's address. */
    void accepted(Invitation invitation, User acceptor, Company company) {
        Recipient to = invitation.invitedBy() != null ? Recipient.of(invitation.invitedBy())
                : invitation.vendor().email() == null ? null
                : Recipient.of(invitation.vendor().email(), null, invitation.vendor());
        if (to == null) {
            return;
        }
        outbox.queue(accepted(to, acceptor.displayName(), acceptor.email(), invitation.email(), company.name(),
                configuration.baseUrl() + "/vendor/customers.xhtml"));
    }

    /** @param business the invited business's name, or {@code null} ("your business") */
    static Mail invitation(Recipient to, String vendor, String business, String url, boolean personal, Instant expiresAt) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("invitation.invite", to.name(), vendor,
                business != null ? business : texts.text("invitation.invite.yourBusiness"), url,
                personal ? texts.text("invitation.invite.personal", to.email()) : "", texts.dateTime(expiresAt));
    }

    static Mail accepted(Recipient to, String acceptor, String acceptorEmail, String invitedEmail, String company,
                         String customersUrl) {
        return MailTexts.of(to).mail("invitation.accepted", acceptor, acceptorEmail, invitedEmail, company, customersUrl);
    }
}
