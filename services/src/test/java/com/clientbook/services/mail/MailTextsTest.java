package com.clientbook.services.mail;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailTextsTest {

    private static final Instant LATE_EVENING = Instant.parse("2026-12-20T23:16:12.478122Z");

    @Test
    void anInstantIsWrittenInTheRecipientsLanguageAndTimeZoneNamingTheZone() {
        Recipient vienna = new Recipient("mo@example.com", "Mo", Locale.GERMAN, ZoneId.of("Europe/Vienna"));
        Recipient utc = new Recipient("mo@example.com", "Mo", Locale.ENGLISH, Recipient.UTC);

        assertEquals("21. Dezember 2026, 00:16 (Europe/Vienna)", MailTexts.of(vienna).dateTime(LATE_EVENING));
        assertEquals("20 December 2026, 23:16 (UTC)", MailTexts.of(utc).dateTime(LATE_EVENING));
    }

    @Test
    void aLastDaySaysThatItIsIncluded() {
        LocalDate day = LocalDate.parse("2026-12-20");

        assertEquals("until 20 December 2026 (last day included)",
                MailTexts.of(new Recipient("a@example.com", "A", Locale.ENGLISH, Recipient.UTC)).untilIncluding(day));
        assertEquals("bis einschließlich 20. Dezember 2026",
                MailTexts.of(new Recipient("a@example.com", "A", Locale.GERMAN, Recipient.UTC)).untilIncluding(day));
    }

    @Test
    void germanIsForDeAndEveryOtherLanguageOrNoneGetsEnglish() {
        assertEquals(Locale.GERMAN, Recipient.locale("de"));
        assertEquals(Locale.ENGLISH, Recipient.locale("fr"));
        assertEquals(Locale.ENGLISH, Recipient.locale(null));
    }

    @Test
    void anEnglishRecipientReadsEnglishWhateverTheServerSpeaks() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertEquals("20 December 2026", MailTexts.of(new Recipient("a@example.com", "A", Locale.ENGLISH, Recipient.UTC))
                    .date(LocalDate.parse("2026-12-20")));
        } finally {
            Locale.setDefault(before);
        }
    }
}
