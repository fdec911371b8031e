package com.clientbook.services.invitation;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationMailsTest {

    private static final Instant EXPIRY = Instant.parse("2026-12-20T23:16:12.478122Z");
    private static final String URL = "https://cb.example/invitation.xhtml?token=abc";
    private static final Recipient OLGA = new Recipient("olga@example.com", "Olga One", Locale.ENGLISH, Recipient.UTC);
    private static final Recipient OLGA_DE = new Recipient("olga@example.com", "Olga One", Locale.GERMAN, Recipient.UTC);

    @Test
    void anInvitationNamesTheBusinessTheLinkAndItsEndInWords() {
        Mail mail = InvitationMails.invitation(OLGA, "Alpine", "Café Central", URL, false, EXPIRY);

        assertEquals("Alpine invites you to Clientbook", mail.subject());
        assertTrue(mail.body().startsWith("Hello Olga One,"), mail.body());
        assertTrue(mail.body().contains("Alpine invites Café Central to connect"), mail.body());
        assertTrue(mail.body().contains(URL), mail.body());
        assertTrue(mail.body().contains("until 20 December 2026, 23:16 (UTC)."), "no raw instant: " + mail.body());
        assertFalse(mail.body().contains("Only "), mail.body());
    }

    @Test
    void aPersonalInvitationWithoutABusinessSaysWhoMayAcceptInGerman() {
        Mail mail = InvitationMails.invitation(OLGA_DE, "Alpine", null, URL, true, EXPIRY);

        assertEquals("Alpine lädt Sie zu Clientbook ein", mail.subject());
        assertTrue(mail.body().contains("Alpine lädt Ihr Unternehmen ein"), mail.body());
        assertTrue(mail.body().contains("Nur olga@example.com kann diese Einladung annehmen.\nDer Link"), mail.body());
        assertTrue(mail.body().contains("bis 20. Dezember 2026, 23:16 (UTC)."), mail.body());
    }

    @Test
    void theInvitingPersonHearsOfTheAcceptance() {
        Recipient anna = new Recipient("anna@example.com", "Anna", Locale.ENGLISH, Recipient.UTC);
        Mail english = InvitationMails.accepted(anna, "Olga One", "olga@example.com", "orders@cafe.example", "Café Central",
                "https://cb.example/vendor/customers.xhtml");
        Mail german = InvitationMails.accepted(new Recipient("anna@example.com", "Anna", Locale.GERMAN, Recipient.UTC),
                "Olga One", "olga@example.com", "orders@cafe.example", "Café Central", "https://cb.example/vendor/customers.xhtml");

        assertEquals("Café Central accepted your invitation", english.subject());
        assertTrue(english.body().contains("Olga One <olga@example.com> accepted the invitation to orders@cafe.example."),
                english.body());
        assertEquals("Café Central hat Ihre Einladung angenommen", german.subject());
        assertTrue(german.body().contains("hat die Einladung an orders@cafe.example angenommen"), german.body());
    }
}
