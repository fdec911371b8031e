package com.clientbook.domain.company;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VatIdTest {

    @Test
    void blanksDotsDashesAndCaseCarryNoMeaning() {
        assertEquals("DE123456789", VatId.normalise("DE 123 456 789"));
        assertEquals("DE123456789", VatId.normalise("de123456789"));
        assertEquals("DE123456789", VatId.normalise("DE-123.456.789"));
        assertEquals("ATU12345678", VatId.normalise(" at u\t1234 5678 "));
    }

    @Test
    void nothingTypedIsNoVatId() {
        assertNull(VatId.normalise(null));
        assertNull(VatId.normalise("  "));
        assertNull(VatId.normalise(" - . "));
    }

    @Test
    void aVatIdIsTwoLettersAndTwoToThirteenLettersOrDigits() {
        assertTrue(VatId.isWellFormed("DE123456789"));
        assertTrue(VatId.isWellFormed("ATU12345678"));
        assertTrue(VatId.isWellFormed("NL12"));
        assertTrue(VatId.isWellFormed("FR1234567890123"));
        assertFalse(VatId.isWellFormed("FR12345678901234"), "fourteen after the prefix");
        assertFalse(VatId.isWellFormed("DE1"), "one after the prefix");
        assertFalse(VatId.isWellFormed("123456789"), "no country prefix");
        assertFalse(VatId.isWellFormed(VatId.normalise("DE 123/456")), "a slash is not noise");
        assertFalse(VatId.isWellFormed(null));
    }
}
