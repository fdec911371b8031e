package com.clientbook.services.webhook;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

/** The webhooks' e-mail, worded from the mail bundle in the recipient's language. */
final class WebhookMails {

    private WebhookMails() {
    }

    /** To each admin of the vendor: an endpoint failed for three days and no longer receives events. */
    static Mail endpointDisabled(Recipient to, String url, String pageUrl) {
        return MailTexts.of(to).mail("webhook.disabled", to.name(), url, pageUrl);
    }
}
