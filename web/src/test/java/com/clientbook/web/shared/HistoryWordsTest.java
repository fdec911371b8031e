package com.clientbook.web.shared;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryWordsTest {

    private static final HistoryWords ENGLISH = words(Locale.ENGLISH);
    private static final HistoryWords GERMAN = words(Locale.GERMAN);

    private static HistoryWords words(Locale locale) {
        return new HistoryWords(ResourceBundle.getBundle("com.clientbook.web.shared.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    @Test
    void anApiKeyAsActorIsSaidInTheReadersLanguageAndAPersonAsStored() {
        assertEquals("API-Schlüssel „Demo ERP“ (cb_ab12…)", GERMAN.actor("API key \"Demo ERP\" (cb_ab12…)"));
        assertEquals("API key \"Demo ERP\" (cb_ab12…)", ENGLISH.actor("API key \"Demo ERP\" (cb_ab12…)"));
        assertEquals("Anna Admin <anna@alpine.example>", GERMAN.actor("Anna Admin <anna@alpine.example>"));
        assertEquals("API-Schlüssel „Demo ERP“ (cb_ab12…) (Import 12: kunden.csv)",
                GERMAN.actor("API key \"Demo ERP\" (cb_ab12…) (import 12: kunden.csv)"));
    }

    @Test
    void aBanSaysItsLastDayIsIncludedAndWhetherTheCustomerReadsTheReason() {
        String stored = "Rude to drivers (until 2026-12-31, reason shared with the customer)";

        assertEquals("Gesperrt", GERMAN.action("CUSTOMER_BANNED", "ban"));
        assertEquals("– → Rude to drivers (bis einschließlich 31.12.2026; Begründung für den Kunden sichtbar)",
                GERMAN.change("ban", null, stored));
        assertEquals("– → Rude to drivers (until Dec 31, 2026, last day included; reason shared with the customer)",
                ENGLISH.change("ban", null, stored));
        assertEquals("Late → –", ENGLISH.change("ban", "Late", null));
    }

    @Test
    void aRoleIsSaidInWordsAndThePersonItConcernsComesFirst() {
        assertEquals("Rolle geändert", GERMAN.action("ROLE_CHANGED", "sam@alpine.example"));
        assertEquals("sam@alpine.example: Mitarbeiter/in → Admin", GERMAN.change("sam@alpine.example", "VENDOR_STAFF", "VENDOR_ADMIN"));
        assertEquals("sam@alpine.example", ENGLISH.change("sam@alpine.example", null, null));
    }

    @Test
    void aChangedFieldWithoutAnActionTextIsNamedByTheField() {
        assertEquals("Kundennummer geändert", GERMAN.action("CHANGED", "customerNumber"));
        assertEquals("K-1 → K-2", GERMAN.change("customerNumber", "K-1", "K-2"));
        assertEquals("", GERMAN.change(null, null, null));
    }

    @Test
    void anEventWithoutTextsOfItsOwnIsNeverBlank() {
        assertEquals("Other change: route stop added", ENGLISH.action("ROUTE_STOP_ADDED", null));
        assertEquals("Sonstige Änderung: route stop added", GERMAN.action("ROUTE_STOP_ADDED", "somethingNew"));
    }
}
