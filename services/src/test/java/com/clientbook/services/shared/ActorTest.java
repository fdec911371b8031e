package com.clientbook.services.shared;

import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActorTest {

    @Test
    void vendorPeopleAndApiKeysActForTheirVendor() {
        assertEquals(7L, Actor.person(1, 7, Role.VENDOR_STAFF, "Sam").vendorId("list customers"));
        assertEquals(7L, Actor.apiKey(7, "API key").vendorId("list customers"));
    }

    @Test
    void customerPeopleMayNotActForAVendor() {
        Actor customerAdmin = Actor.person(1, 9, Role.CUSTOMER_ADMIN, "Chris");

        assertThrows(NotPermittedException.class, () -> customerAdmin.vendorId("list customers"));
        assertEquals(9L, customerAdmin.customerCompanyId("edit delivery locations"));
    }

    @Test
    void vendorPeopleMayNotActForACustomer() {
        assertThrows(NotPermittedException.class,
                () -> Actor.person(1, 7, Role.VENDOR_ADMIN, "Anna").customerCompanyId("edit delivery locations"));
    }

    @Test
    void vendorAdminsAndApiKeysRestrictCustomersButStaffDoNot() {
        assertEquals(7L, Actor.person(1, 7, Role.VENDOR_ADMIN, "Anna").vendorIdToRestrictCustomers("ban customers"));
        assertEquals(7L, Actor.apiKey(7, "API key").vendorIdToRestrictCustomers("ban customers"));

        assertThrows(NotPermittedException.class,
                () -> Actor.person(2, 7, Role.VENDOR_STAFF, "Sam").vendorIdToRestrictCustomers("ban customers"));
        assertThrows(NotPermittedException.class,
                () -> Actor.person(3, 9, Role.CUSTOMER_ADMIN, "Chris").vendorIdToRestrictCustomers("ban customers"));
        assertThrows(IllegalArgumentException.class, () -> new Actor(4L, 9, Role.CUSTOMER_ADMIN, "Chris", true));
    }

    @Test
    void onlyAdminsAdministerTheirCompany() {
        assertEquals(7L, Actor.person(1, 7, Role.VENDOR_ADMIN, "Anna").vendorAdminOf("manage API keys"));
        assertEquals(9L, Actor.person(1, 9, Role.CUSTOMER_ADMIN, "Chris").customerAdminOf("edit delivery locations"));
        for (Actor other : List.of(Actor.person(1, 7, Role.VENDOR_STAFF, "Sam"), Actor.apiKey(7, "API key"),
                Actor.person(1, 9, Role.CUSTOMER_ADMIN, "Chris"))) {
            assertThrows(NotPermittedException.class, () -> other.vendorAdminOf("manage API keys"), other.label());
        }
        for (Actor other : List.of(Actor.person(1, 9, Role.CUSTOMER_BUYER, "Bea"), Actor.person(1, 7, Role.VENDOR_ADMIN, "Anna"))) {
            assertThrows(NotPermittedException.class, () -> other.customerAdminOf("edit delivery locations"), other.label());
        }
        assertEquals(1L, Actor.person(5, 1, Role.PLATFORM_ADMIN, "Pat").platformAdminOf("administer the platform"));
        for (Actor other : List.of(Actor.person(1, 7, Role.VENDOR_ADMIN, "Anna"), Actor.apiKey(7, "API key"),
                Actor.person(1, 9, Role.CUSTOMER_ADMIN, "Chris"))) {
            assertThrows(NotPermittedException.class, () -> other.platformAdminOf("administer the platform"), other.label());
        }
    }
}
