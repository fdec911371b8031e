package com.clientbook.services.user;

import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountMailsTest {

    private static final Recipient ENGLISH = new Recipient("sam@example.com", "Sam", Locale.ENGLISH, Recipient.UTC);
    private static final Recipient GERMAN = new Recipient("sam@example.com", "Sam", Locale.GERMAN, ZoneId.of("Europe/Berlin"));
    private static final Instant EXPIRY = Instant.parse("2026-12-20T09:30:00Z");
    private static final String URL = "https://clientbook.example/set-password.xhtml?token=abc";

    @Test
    void aCustomerAddedByAVendorGetsTheLinkToChooseAPassword() {
        Mail english = AccountMails.customerAdded(ENGLISH, "Alpine Fresh Foods", "Café Central", URL, EXPIRY);
        Mail german = AccountMails.customerAdded(GERMAN, "Alpine Fresh Foods", "Café Central", URL, EXPIRY);

        assertEquals("sam@example.com", english.to());
        assertEquals("Set your Clientbook password", english.subject());
        assertTrue(english.body().startsWith("Hello Sam,"), english.body());
        assertTrue(english.body().contains("Alpine Fresh Foods has added your company, Café Central, as a customer"), english.body());
        assertTrue(english.body().contains(URL), english.body());
        assertTrue(english.body().contains("until 20 December 2026, 09:30 (UTC)."), english.body());
        assertEquals("Wählen Sie Ihr Clientbook-Passwort", german.subject());
        assertTrue(german.body().contains("Alpine Fresh Foods hat Ihr Unternehmen, Café Central, als Kunden"), german.body());
        assertTrue(german.body().contains("bis 20. Dezember 2026, 10:30 (Europe/Berlin)."), german.body());
    }

    @Test
    void aLockSaysHowLongAndHowToEndIt() {
        Mail english = AccountMails.locked(ENGLISH, 5, 15, "https://clientbook.example/forgot-password.xhtml");
        Mail german = AccountMails.locked(GERMAN, 5, 15, "https://clientbook.example/forgot-password.xhtml");

        assertEquals("Your Clientbook account is locked for a while", english.subject());
        assertTrue(english.body().contains("as sam@example.com 5 times in a row"), english.body());
        assertTrue(english.body().contains("blocked for 15 minutes"), english.body());
        assertTrue(english.body().contains("https://clientbook.example/forgot-password.xhtml"), english.body());
        assertEquals("Ihr Clientbook-Konto ist vorübergehend gesperrt", german.subject());
        assertTrue(german.body().contains("5-mal nacheinander"), german.body());
        assertTrue(german.body().contains("für 15 Minuten gesperrt"), german.body());
    }

    @Test
    void aResetLinkAndAChangedPasswordAreExplainedInBothLanguages() {
        Mail reset = AccountMails.passwordReset(ENGLISH, URL, EXPIRY);
        Mail resetDe = AccountMails.passwordReset(GERMAN, URL, EXPIRY);
        Mail changed = AccountMails.passwordChanged(ENGLISH, EXPIRY, "https://clientbook.example/forgot-password.xhtml");
        Mail changedDe = AccountMails.passwordChanged(GERMAN, EXPIRY, "https://clientbook.example/forgot-password.xhtml");

        assertEquals("Choose a new Clientbook password", reset.subject());
        assertTrue(reset.body().contains("for sam@example.com."), reset.body());
        assertTrue(reset.body().contains("until 20 December 2026, 09:30 (UTC); asking again"), reset.body());
        assertEquals("Wählen Sie ein neues Clientbook-Passwort", resetDe.subject());
        assertTrue(resetDe.body().contains(URL), resetDe.body());
        assertEquals("Your Clientbook password was changed", changed.subject());
        assertTrue(changed.body().contains("was changed on 20 December 2026, 09:30 (UTC)."), changed.body());
        assertTrue(changedDe.body().contains("wurde am 20. Dezember 2026, 10:30 (Europe/Berlin) geändert."), changedDe.body());
    }
}
