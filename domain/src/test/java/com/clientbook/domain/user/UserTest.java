package com.clientbook.domain.user;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final Company vendor = Company.vendor("Alpine Fresh Foods", null, NOW);
    private final Company customer = Company.customer("Café Central", null, null, Address.empty(), NOW);

    @Test
    void vendorRolesFitOnlyVendorCompanies() {
        assertDoesNotThrow(() -> new User(vendor, Role.VENDOR_ADMIN, "anna@example.com", null, null, NOW));
        assertDoesNotThrow(() -> new User(vendor, Role.VENDOR_STAFF, "sam@example.com", null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new User(customer, Role.VENDOR_ADMIN, "x@example.com", null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new User(customer, Role.VENDOR_STAFF, "x@example.com", null, null, NOW));
    }

    @Test
    void customerRolesFitOnlyCustomerCompanies() {
        assertDoesNotThrow(() -> new User(customer, Role.CUSTOMER_ADMIN, "chris@example.com", null, null, NOW));
        assertDoesNotThrow(() -> new User(customer, Role.CUSTOMER_BUYER, "bea@example.com", null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new User(vendor, Role.CUSTOMER_ADMIN, "x@example.com", null, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new User(vendor, Role.CUSTOMER_BUYER, "x@example.com", null, null, NOW));
    }

    @Test
    void platformAdminsSitInTheOperatorsVendorCompany() {
        assertDoesNotThrow(() -> new User(vendor, Role.PLATFORM_ADMIN, "ops@example.com", null, null, NOW));
    }

    @Test
    void anAddedPersonWaitsForAPasswordBeforeSigningIn() {
        User user = new User(customer, Role.CUSTOMER_ADMIN, " chris@example.com ", "Chris", null, NOW);

        assertEquals("chris@example.com", user.email());
        assertEquals(UserStatus.PENDING, user.status());
        assertFalse(user.maySignIn());

        user.setPassword("hash");

        assertEquals(UserStatus.ACTIVE, user.status());
        assertTrue(user.maySignIn());
    }

    @Test
    void aUserNeedsAnEmailAddress() {
        assertThrows(IllegalArgumentException.class, () -> new User(customer, Role.CUSTOMER_ADMIN, "  ", null, null, NOW));
    }
}
