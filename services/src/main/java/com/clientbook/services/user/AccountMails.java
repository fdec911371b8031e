package com.clientbook.services.user;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

import java.time.Instant;

/** The e-mails about a person's account and password, worded from the mail bundle in the recipient's language. */
final class AccountMails {

    private AccountMails() {
    }

    /** A customer added by a vendor: the link to choose the first password. */
    static Mail customerAdded(Recipient to, String vendor, String company, String url, Instant expiresAt) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("account.customerAdded", to.name(), vendor, company, url, texts.dateTime(expiresAt));
    }

    /** Signing in is blocked for a while after too many failures; a new password ends the block. */
    static Mail locked(Recipient to, int failures, long minutes, String forgotPasswordUrl) {
        return MailTexts.of(to).mail("account.locked", to.name(), to.email(), String.valueOf(failures),
                String.valueOf(minutes), forgotPasswordUrl);
    }

    /** The single-use link to choose a new password. */
    static Mail passwordReset(Recipient to, String url, Instant expiresAt) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("account.passwordReset", to.name(), to.email(), url, texts.dateTime(expiresAt));
    }

    /** The password was changed; if that was not them, the way to choose a new one. */
    static Mail passwordChanged(Recipient to, Instant changedAt, String forgotPasswordUrl) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("account.passwordChanged", to.name(), to.email(), texts.dateTime(changedAt), forgotPasswordUrl);
    }
}
