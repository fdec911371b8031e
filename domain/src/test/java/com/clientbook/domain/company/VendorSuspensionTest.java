package com.clientbook.domain.company;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A vendor's suspension by the platform, the operator company, and what a vendor shows its customers. */
class VendorSuspensionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aSuspensionKeepsReasonWhoAndWhenAndReactivateClearsThem() {
        Company vendor = Company.vendor("Alpine Fresh Foods", null, NOW);

        assertTrue(vendor.suspend("  Invoices unpaid ", "Paula Platform", NOW));
        assertTrue(vendor.isSuspended());
        assertEquals("Invoices unpaid", vendor.suspensionReason());
        assertEquals("Paula Platform", vendor.suspendedBy());
        assertEquals(NOW, vendor.suspendedAt());
        assertFalse(vendor.suspend("Another reason", "Someone", NOW.plusSeconds(60)), "suspended once");
        assertEquals("Invoices unpaid", vendor.suspensionReason());

        assertTrue(vendor.reactivate(NOW.plusSeconds(120)));
        assertFalse(vendor.isSuspended());
        assertNull(vendor.suspensionReason());
        assertFalse(vendor.reactivate(NOW.plusSeconds(180)), "active already");
    }

    @Test
    void aSuspensionNeedsAReasonAndOnlyVendorsButNotTheOperatorAreSuspended() {
        assertThrows(IllegalArgumentException.class, () -> Company.vendor("V", null, NOW).suspend(" ", "P", NOW));
        assertThrows(IllegalStateException.class, () -> Company.customer("C", null, null, null, NOW).suspend("r", "P", NOW));
        Company operator = Company.platformOperator("Clientbook platform", NOW);
        assertTrue(operator.isVendor() && operator.isPlatformOperator());
        assertThrows(IllegalStateException.class, () -> operator.suspend("r", "P", NOW));
    }

    @Test
    void aWebsiteWithoutSchemeGetsHttpsAndAScriptStaysWhatItIs() {
        assertEquals("https://www.example.com", Company.normaliseWebsite(" www.example.com "));
        assertEquals("http://example.com/shop", Company.normaliseWebsite("http://example.com/shop"));
        assertEquals("javascript:alert(1)", Company.normaliseWebsite("javascript:alert(1)"));
        assertFalse("javascript:alert(1)".matches(Company.WEBSITE_PATTERN));
        assertTrue("https://www.example.com".matches(Company.WEBSITE_PATTERN));
        assertNull(Company.normaliseWebsite("  "));
    }
}
