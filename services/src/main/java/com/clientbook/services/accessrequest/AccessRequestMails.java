package com.clientbook.services.accessrequest;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

/** The e-mails about a customer's access request, worded from the mail bundle in the recipient's language. */
final class AccessRequestMails {

    private AccessRequestMails() {
    }

    /** The vendor approved: the company is its customer now. */
    static Mail approved(Recipient to, String vendor, String company, String myVendorsUrl) {
        return MailTexts.of(to).mail("accessRequest.approved", to.name(), vendor, company, myVendorsUrl);
    }

    /** The vendor declined, with its reason when it gave one. */
    static Mail rejected(Recipient to, String vendor, String reason) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("accessRequest.rejected", to.name(), vendor,
                reason == null ? "" : texts.text("accessRequest.rejected.reason", reason));
    }

    /** A vendor's admin hears of a new request, with what the asking person wrote. */
    static Mail newRequest(Recipient to, String company, String requester, String message, String openRequestsUrl) {
        MailTexts texts = MailTexts.of(to);
        return texts.mail("accessRequest.new", to.name(), company, requester,
                message == null ? "" : texts.text("accessRequest.new.message", message), openRequestsUrl);
    }
}
