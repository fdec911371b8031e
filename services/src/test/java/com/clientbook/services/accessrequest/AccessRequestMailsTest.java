package com.clientbook.services.accessrequest;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessRequestMailsTest {

    private static final Recipient ENGLISH = new Recipient("mo@example.com", "Mo", Locale.ENGLISH, Recipient.UTC);
    private static final Recipient GERMAN = new Recipient("mo@example.com", "Mo", Locale.GERMAN, Recipient.UTC);

    @Test
    void anApprovalLinksToMyVendors() {
        Mail english = AccessRequestMails.approved(ENGLISH, "Alpine", "Café Central", "https://cb.example/customer/vendors.xhtml");
        Mail german = AccessRequestMails.approved(GERMAN, "Alpine", "Café Central", "https://cb.example/customer/vendors.xhtml");

        assertEquals("Alpine approved your request", english.subject());
        assertTrue(english.body().contains("your company, Café Central, is now their customer"), english.body());
        assertTrue(english.body().contains("https://cb.example/customer/vendors.xhtml"), english.body());
        assertEquals("Alpine hat Ihre Anfrage angenommen", german.subject());
        assertTrue(german.body().contains("Café Central, ist jetzt Kunde von Alpine"), german.body());
    }

    @Test
    void aRejectionGivesTheReasonOnlyWhenThereIsOne() {
        Mail withReason = AccessRequestMails.rejected(ENGLISH, "Alpine", "We deliver only in Vienna");
        Mail without = AccessRequestMails.rejected(ENGLISH, "Alpine", null);
        Mail german = AccessRequestMails.rejected(GERMAN, "Alpine", "Nur in Wien");

        assertEquals("Alpine declined your request", withReason.subject());
        assertTrue(withReason.body().contains("Their reason: We deliver only in Vienna"), withReason.body());
        assertFalse(without.body().contains("reason"), without.body());
        assertEquals("Alpine hat Ihre Anfrage abgelehnt", german.subject());
        assertTrue(german.body().contains("Begründung: Nur in Wien"), german.body());
    }

    @Test
    void aVendorAdminHearsOfANewRequestWithItsMessageInTheirLanguage() {
        Mail english = AccessRequestMails.newRequest(ENGLISH, "Café Central", "Cora <cora@cafe.example>", "We open in March",
                "https://cb.example/vendor/customers.xhtml");
        Mail german = AccessRequestMails.newRequest(GERMAN, "Café Central", "Cora <cora@cafe.example>", null,
                "https://cb.example/vendor/customers.xhtml");

        assertEquals("Café Central asks for access", english.subject());
        assertTrue(english.body().contains("Cora <cora@cafe.example> asks on behalf of Café Central"), english.body());
        assertTrue(english.body().contains("Message: We open in March"), english.body());
        assertTrue(english.body().contains("https://cb.example/vendor/customers.xhtml"), english.body());
        assertEquals("Café Central bittet um Zugang", german.subject());
        assertFalse(german.body().contains("Nachricht"), "no message, no paragraph: " + german.body());
        assertTrue(german.body().contains("Diese E-Mails schalten Sie unter Einstellungen ab."), german.body());
    }
}
