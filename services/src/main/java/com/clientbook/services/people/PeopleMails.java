package com.clientbook.services.people;

import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.TeamKind;
import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

import java.time.Instant;

/**
 * The e-mails of people and teams (a vendor's team, a customer's people, the platform's administrators) and of a
 * person's own contact data, worded from the mail bundle in the recipient's language.
 */
final class PeopleMails {

    private PeopleMails() {
    }

    /** A colleague invited into a company, with the role in words and the link to choose a password. */
    static Mail invitation(Recipient to, String invitedBy, String company, Role role, String url, Instant expiresAt) {
        MailTexts texts = MailTexts.of(to);
        String key = TeamKind.of(role) == TeamKind.PLATFORM ? "people.invitePlatform" : "people.invite";
        return texts.mail(key, to.name(), invitedBy, company, texts.text("people.role." + role.name()), url,
                texts.dateTime(expiresAt));
    }

    /** To the new address: the link that confirms it. */
    static Mail confirmEmail(Recipient newAddress, String currentEmail, String url, Instant expiresAt) {
        MailTexts texts = MailTexts.of(newAddress);
        return texts.mail("people.confirmEmail", newAddress.name(), newAddress.email(), currentEmail, url,
                texts.dateTime(expiresAt));
    }

    /** To the current address: a change was asked for, and what to do if it was not them. */
    static Mail emailChanging(Recipient currentAddress, String newEmail) {
        return MailTexts.of(currentAddress).mail("people.emailChanging", currentAddress.name(), currentAddress.email(),
                newEmail);
    }
}
