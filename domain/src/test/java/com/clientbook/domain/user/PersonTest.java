package com.clientbook.domain.user;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's role, deactivation, invitation and own contact data, as the people page changes them. */
class PersonTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final Company customer = Company.customer("Café Central", null, null, Address.empty(), NOW);
    private final User person = new User(customer, Role.CUSTOMER_BUYER, "bea@example.com", "Bea", "Buyer", NOW);

    @Test
    void aRoleOfTheOtherKindOfCompanyIsRefused() {
        person.changeRole(Role.CUSTOMER_ADMIN);
        assertEquals(Role.CUSTOMER_ADMIN, person.role());

        assertThrows(IllegalArgumentException.class, () -> person.changeRole(Role.VENDOR_STAFF));
        assertEquals(Role.CUSTOMER_ADMIN, person.role());
    }

    @Test
    void onlyAnActiveAdminCountsAsAdmin() {
        person.changeRole(Role.CUSTOMER_ADMIN);
        assertFalse(person.isActiveAdmin(), "invited, no password yet");
        person.setPassword("hash");
        assertTrue(person.isActiveAdmin());

        person.deactivate();

        assertFalse(person.isActiveAdmin());
        assertFalse(person.maySignIn());
    }

    @Test
    void aVendorsTeamHasAdminsAndStaffAndThePlatformsPeopleArePlatformAdminsOnly() {
        Company vendor = Company.vendor("Alpine Fresh Foods", null, NOW);
        User staff = new User(vendor, Role.VENDOR_STAFF, "sam@example.com", "Sam", "Staff", NOW);
        User platformAdmin = new User(vendor, Role.PLATFORM_ADMIN, "pia@example.com", "Pia", "Platform", NOW);
        staff.setPassword("hash");
        platformAdmin.setPassword("hash");

        assertFalse(staff.isActiveAdmin());
        staff.changeRole(Role.VENDOR_ADMIN);
        assertTrue(staff.isActiveAdmin());
        assertThrows(IllegalArgumentException.class, () -> staff.changeRole(Role.PLATFORM_ADMIN), "not a vendor's role");
        assertThrows(IllegalArgumentException.class, () -> platformAdmin.changeRole(Role.VENDOR_ADMIN), "the operator's people stay platform admins");
        assertTrue(platformAdmin.isActiveAdmin());
        assertEquals(TeamKind.VENDOR, staff.team());
        assertEquals(TeamKind.PLATFORM, platformAdmin.team());
        assertEquals(List.of(Role.CUSTOMER_ADMIN, Role.CUSTOMER_BUYER), TeamKind.of(Role.CUSTOMER_BUYER).roles());
    }

    @Test
    void aDeactivatedPersonInvitedAgainChoosesANewPasswordBeforeSigningIn() {
        person.setPassword("old hash");
        person.deactivate();

        person.invite(Role.CUSTOMER_BUYER, null, null);

        assertFalse(person.maySignIn(), "the old password opens nothing");
        person.setPassword("new hash");
        assertTrue(person.maySignIn());
    }

    @Test
    void anInvitationKeepsTheNamesUnlessNewOnesAreGiven() {
        person.deactivate();

        person.invite(Role.CUSTOMER_ADMIN, " ", "Baker");

        assertEquals(UserStatus.PENDING, person.status());
        assertEquals(Role.CUSTOMER_ADMIN, person.role());
        assertEquals("Bea Baker", person.displayName());
        assertNull(person.passwordHash());
        assertFalse(person.maySignIn());
    }

    @Test
    void anActivePersonNeedsNoInvitation() {
        person.setPassword("hash");

        assertThrows(IllegalStateException.class, () -> person.invite(Role.CUSTOMER_BUYER, null, null));
    }

    @Test
    void aNewAddressCountsOnlyOnceConfirmedAndTheOldOneIsKept() {
        person.requestEmail(" bea@new.example ");
        assertEquals("bea@example.com", person.email());
        assertEquals("bea@new.example", person.pendingEmail());

        person.confirmEmail(NOW);

        assertEquals("bea@new.example", person.email());
        assertNull(person.pendingEmail());
        assertEquals(List.of("bea@example.com"), person.formerEmails().stream().map(FormerEmail::email).toList());
        assertThrows(IllegalStateException.class, () -> person.confirmEmail(NOW), "nothing waits any more");
    }

    @Test
    void contactDataTakesIanaZonesAndLanguageCodesOnly() {
        person.describe(" Bea ", "Buyer", "de", "Europe/Vienna", " +43 1 234 ");
        assertEquals("Europe/Vienna", person.timeZone());
        assertEquals("+43 1 234", person.officePhone());

        assertThrows(IllegalArgumentException.class, () -> person.describe("Bea", null, null, "Mars/Olympus", null));
        assertThrows(IllegalArgumentException.class, () -> person.describe("Bea", null, null, "+02:00", null));
        assertThrows(IllegalArgumentException.class, () -> person.describe("Bea", null, "German", null, null));
        assertEquals("Europe/Vienna", person.timeZone(), "a refused change leaves the data as it was");
    }

    @Test
    void aJoinLinkLastsTheGivenValidity() {
        PasswordToken link = new PasswordToken(person, PasswordTokenPurpose.JOIN_COMPANY, "hash", NOW, Duration.ofDays(3));

        assertTrue(link.isUsableAt(NOW.plus(Duration.ofDays(3)).minusSeconds(1)));
        assertFalse(link.isUsableAt(NOW.plus(Duration.ofDays(3))));
        assertThrows(IllegalArgumentException.class,
                () -> new PasswordToken(person, PasswordTokenPurpose.JOIN_COMPANY, "hash", NOW, Duration.ZERO));
        assertFalse(PasswordTokenPurpose.CONFIRM_EMAIL.choosesPassword());
    }
}
