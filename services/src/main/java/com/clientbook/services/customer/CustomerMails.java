package com.clientbook.services.customer;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.MailTexts;
import com.clientbook.services.mail.Recipient;

/** The e-mails of the customer feature, worded from the mail bundle in the recipient's language. */
final class CustomerMails {

    private CustomerMails() {
    }

    /** A person of a company that a vendor linked as its customer hears who did, and what the vendor sees. */
    static Mail linked(Recipient to, String vendor, String company, String signInUrl, String myVendorsUrl) {
        return MailTexts.of(to).mail("customer.linked", to.name(), vendor, company, signInUrl, myVendorsUrl);
    }
}
