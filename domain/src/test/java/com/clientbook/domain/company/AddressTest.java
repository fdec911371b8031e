package com.clientbook.domain.company;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AddressTest {

    @Test
    void countryIsUpperCased() {
        assertEquals("AT", new Address(null, null, null, " at ").country());
    }

    @Test
    void blankPartsAreLeftOut() {
        Address address = new Address("  ", " 1010 ", " Wien ", "");

        assertNull(address.street());
        assertEquals("1010", address.postalCode());
        assertEquals("Wien", address.city());
        assertNull(address.country());
    }
}
