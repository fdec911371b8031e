package com.clientbook.services.mail;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecipientTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPersonsOwnLanguageAndZoneComeFirstThenTheirCompanysThenEnglishAndUtc() {
        Company vendor = Company.vendor("Alpine Fresh Foods", null, NOW);
        vendor.describeVendor("Alpine Fresh Foods", null, null, "de", null, null, null, null, NOW);
        vendor.moveToZone(ZoneId.of("Europe/Vienna"));
        User plain = new User(vendor, Role.VENDOR_STAFF, "sam@alpine.example", "Sam", null, NOW);
        User own = new User(vendor, Role.VENDOR_ADMIN, "anna@alpine.example", "Anna", null, NOW);
        own.describe("Anna", null, "en", "America/New_York", null);
        User customer = new User(Company.customer("Café Central", null, null, null, NOW), Role.CUSTOMER_ADMIN,
                "mo@cafe.example", "Mo", null, NOW);

        assertEquals(Locale.GERMAN, Recipient.of(plain).locale());
        assertEquals(ZoneId.of("Europe/Vienna"), Recipient.of(plain).zone());
        assertEquals(Locale.ENGLISH, Recipient.of(own).locale());
        assertEquals(ZoneId.of("America/New_York"), Recipient.of(own).zone());
        assertEquals(Locale.ENGLISH, Recipient.of(customer).locale());
        assertEquals(Recipient.UTC, Recipient.of(customer).zone());
        assertEquals("(UTC)", MailTexts.of(Recipient.of(customer)).dateTime(NOW).replaceAll(".* ", ""));
    }
}
