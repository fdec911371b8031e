package com.clientbook.services.accessrequest;

/**
 * The e-mail that tells a vendor's admin of a new access request, in the vendor's language: German for "de", English
 * otherwise. Sent only while the vendor has these e-mails switched on (vendor settings, on by default).
 *
 * @param subject the subject line
 * @param body    the plain text, with the link to the open requests
 */
record NewAccessRequestMail(String subject, String body) {

    /**
     * @param language  the vendor's language code, or {@code null}
     * @param admin     the admin's name (or address)
     * @param company   the asking company's name
     * @param requester who asked, as the history names them
     * @param message   what they wrote, or {@code null}
     * @param url       the link to the vendor's open requests
     */
    static NewAccessRequestMail of(String language, String admin, String company, String requester, String message,
                                   String url) {
        if ("de".equals(language)) {
            return new NewAccessRequestMail(company + " bittet um Zugang",
                    "Guten Tag " + admin + ",\n\n" + requester + " bittet für " + company
                            + " darum, Ihr Kunde auf Clientbook zu werden.\n"
                            + (message == null ? "" : "\nNachricht: " + message + "\n")
                            + "\nHier nehmen Sie die Anfrage an oder lehnen sie ab:\n\n" + url + "\n\n"
                            + "Diese E-Mails schalten Sie unter Einstellungen ab.\n");
        }
        return new NewAccessRequestMail(company + " asks for access",
                "Hello " + admin + ",\n\n" + requester + " asks on behalf of " + company
                        + " to become your customer on Clientbook.\n"
                        + (message == null ? "" : "\nMessage: " + message + "\n")
                        + "\nApprove or reject the request here:\n\n" + url + "\n\n"
                        + "You can switch these e-mails off under Settings.\n");
    }
}
