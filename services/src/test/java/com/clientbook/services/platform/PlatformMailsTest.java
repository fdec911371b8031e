package com.clientbook.services.platform;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformMailsTest {

    @Test
    void aNewVendorsFirstAdminIsWelcomedInTheirLanguage() {
        Instant expiry = Instant.parse("2026-12-20T09:30:00Z");
        String url = "https://cb.example/set-password.xhtml?token=abc";
        Mail english = PlatformMails.firstAdmin(new Recipient("v@example.com", "Vera", Locale.ENGLISH, Recipient.UTC),
                "Fresh Foods", url, expiry);
        Mail german = PlatformMails.firstAdmin(new Recipient("v@example.com", "Vera", Locale.GERMAN, Recipient.UTC),
                "Frische Waren", url, expiry);

        assertEquals("Welcome to Clientbook: choose your password", english.subject());
        assertTrue(english.body().contains("your company, Fresh Foods, is now on Clientbook"), english.body());
        assertTrue(english.body().contains("until 20 December 2026, 09:30 (UTC)."), english.body());
        assertEquals("Willkommen bei Clientbook: Passwort wählen", german.subject());
        assertTrue(german.body().contains("Ihr Unternehmen Frische Waren ist jetzt auf Clientbook"), german.body());
        assertTrue(german.body().contains(url), german.body());
        assertTrue(german.body().contains("bis 20. Dezember 2026, 09:30 (UTC)."), german.body());
    }
}
