package com.clientbook.domain.company;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownCountryValidatorTest {

    @Test
    void countriesThatExistAreKnownInAnyCase() {
        assertTrue(KnownCountryValidator.isKnown("AT"));
        assertTrue(KnownCountryValidator.isKnown(" de "));
        assertTrue(KnownCountryValidator.isKnown("GB"));
    }

    @Test
    void twoLettersThatNameNoCountryAreUnknown() {
        assertFalse(KnownCountryValidator.isKnown("XX"));
        assertFalse(KnownCountryValidator.isKnown("UK"));
        assertFalse(KnownCountryValidator.isKnown("Austria"));
    }

    @Test
    void noCountryIsLeftToOtherRules() {
        assertTrue(KnownCountryValidator.isKnown(null));
    }
}
