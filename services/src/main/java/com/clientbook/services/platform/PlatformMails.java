package com.clientbook.services.platform;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

import java.time.Instant;

/** The e-mails the platform administration sends, worded from the mail bundle in the recipient's language. */
final class PlatformMails {

    private PlatformMails() {
    }

    /** A new vendor's first admin: welcome, and the link to choose a password. */
    static Mail firstAdmin(Recipient to, String vendor, String url, Instant expiresAt) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("platform.firstAdmin", to.name(), vendor, url, texts.dateTime(expiresAt));
    }
}
