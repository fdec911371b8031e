package com.clientbook.domain.invitation;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(14);
    private final Company vendor = Company.vendor("Alpine Fresh", "office@alpine.example", NOW);
    private final Company customer = Company.customer("Café Central", null, null, Address.empty(), NOW);
    private final User person = new User(customer, Role.CUSTOMER_ADMIN, "chris@example.com", "Chris", "C", NOW);

    private Invitation invitation(boolean personal) {
        return new Invitation(vendor, null, new Invitation.Recipient(" Chris@Example.com ", "Chris", "C", null, " K-1 ",
                List.of(" VIP ", "vip", "Wien")), personal, null, "Anna", "hash-1", VALIDITY, NOW);
    }

    @Test
    void anInvitationIsPendingUntilItsTimeIsUpThenExpiredWithoutAnybodyMarkingIt() {
        Invitation invitation = invitation(false);

        assertEquals("Chris@Example.com", invitation.email());
        assertEquals("K-1", invitation.customerNumber());
        assertEquals(List.of("VIP", "Wien"), invitation.labels());
        assertEquals(InvitationStatus.PENDING, invitation.statusAt(NOW.plus(VALIDITY).minusMillis(1)));
        assertEquals(InvitationStatus.EXPIRED, invitation.statusAt(NOW.plus(VALIDITY)));
    }

    @Test
    void resendingGivesANewTokenAndANewExpiry() {
        Invitation invitation = invitation(false);
        Instant later = NOW.plus(VALIDITY).plusSeconds(60);

        invitation.resend("hash-2", "Sam", VALIDITY, later);

        assertEquals(InvitationStatus.PENDING, invitation.statusAt(later));
        assertEquals(later.plus(VALIDITY), invitation.expiresAt());
        assertEquals("Sam", invitation.sentBy());
    }

    @Test
    void anInvitationIsAcceptedOnceAndThenNeitherRevokedNorResent() {
        Invitation invitation = invitation(false);
        CustomerRelationship relationship = new CustomerRelationship(vendor, customer, RelationshipOrigin.INVITED, null, NOW);

        invitation.accept(person, relationship, NOW.plusSeconds(1));

        assertEquals(InvitationStatus.ACCEPTED, invitation.statusAt(NOW.plusSeconds(2)));
        assertThrows(IllegalStateException.class, () -> invitation.accept(person, relationship, NOW.plusSeconds(2)));
        assertThrows(IllegalStateException.class, () -> invitation.revoke(NOW.plusSeconds(2)));
        assertThrows(IllegalStateException.class, () -> invitation.resend("hash-2", "Sam", VALIDITY, NOW.plusSeconds(2)));
    }

    @Test
    void aRevokedOrExpiredInvitationCannotBeAccepted() {
        Invitation revoked = invitation(false);
        revoked.revoke(NOW);
        CustomerRelationship relationship = new CustomerRelationship(vendor, customer, RelationshipOrigin.INVITED, null, NOW);

        assertEquals(InvitationStatus.REVOKED, revoked.statusAt(NOW));
        assertThrows(IllegalStateException.class, () -> revoked.accept(person, relationship, NOW));
        assertThrows(IllegalStateException.class, () -> invitation(false).accept(person, relationship, NOW.plus(VALIDITY)));
    }

    @Test
    void aPersonalInvitationIsForTheInvitedAddressOnlyInAnyCase() {
        assertTrue(invitation(true).mayBeAcceptedBy("chris@EXAMPLE.com"));
        assertFalse(invitation(true).mayBeAcceptedBy("someone@example.com"));
        assertTrue(invitation(false).mayBeAcceptedBy("someone@example.com"));
    }

    @Test
    void onlyAVendorInvitesAndAnInvitationNeedsAnAddressAndSomeTime() {
        var recipient = new Invitation.Recipient("a@example.com", null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> new Invitation(customer, null, recipient, false, null, "x", "h", VALIDITY, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Invitation(vendor, null,
                new Invitation.Recipient(" ", null, null, null, null, null), false, null, "x", "h", VALIDITY, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Invitation(vendor, null, recipient, false, null, "x", "h", Duration.ZERO, NOW));
    }
}
