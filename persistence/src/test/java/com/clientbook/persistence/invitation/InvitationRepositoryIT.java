package com.clientbook.persistence.invitation;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status filters judged against the instant the caller passes, and tenancy, on a real PostgreSQL. */
class InvitationRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final Instant SENT = Instant.parse("2026-11-01T08:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(14);

    @Test
    void eachStatusFilterFindsItsInvitationsAsOfTheGivenInstant() {
        long vendorId = database.inTransaction(em -> {
            Company vendor = Company.vendor("Vendor " + UUID.randomUUID(), null, SENT);
            em.persist(vendor);
            return vendor.id();
        });
        Map<String, Long> ids = database.inTransaction(em -> {
            Company vendor = em.find(Company.class, vendorId);
            Invitation pending = invitation(vendor, "pending");
            Invitation revoked = invitation(vendor, "revoked");
            revoked.revoke(SENT.plusSeconds(60));
            em.persist(pending);
            em.persist(revoked);
            em.flush();
            return Map.of("pending", pending.id(), "revoked", revoked.id());
        });
        Instant beforeExpiry = SENT.plus(VALIDITY).minusSeconds(1);
        Instant afterExpiry = SENT.plus(VALIDITY);

        assertEquals(List.of(ids.get("pending")), listed(vendorId, InvitationStatus.PENDING, beforeExpiry));
        assertTrue(listed(vendorId, InvitationStatus.EXPIRED, beforeExpiry).isEmpty());
        assertEquals(List.of(ids.get("pending")), listed(vendorId, InvitationStatus.EXPIRED, afterExpiry),
                "expired by the instant alone, nothing was written");
        assertTrue(listed(vendorId, InvitationStatus.PENDING, afterExpiry).isEmpty());
        assertEquals(List.of(ids.get("revoked")), listed(vendorId, InvitationStatus.REVOKED, afterExpiry));
        assertEquals(2, database.inTransaction(em -> new InvitationRepository(em).list(vendorId, null, afterExpiry, 0, 50)).totalItems());
        assertTrue(listed(vendorId + 1, null, beforeExpiry).stream().noneMatch(ids.values()::contains), "another vendor sees none");
        assertTrue(database.inTransaction(em -> new InvitationRepository(em).find(vendorId + 1, ids.get("pending"))).isEmpty());
    }

    private static Invitation invitation(Company vendor, String who) {
        return new Invitation(vendor, null, new Invitation.Recipient(who + "-" + UUID.randomUUID() + "@example.com", null, null,
                null, null, List.of()), false, null, "test", UUID.randomUUID().toString(), VALIDITY, SENT);
    }

    private static List<Long> listed(long vendorId, InvitationStatus status, Instant now) {
        return database.inTransaction(em -> new InvitationRepository(em).list(vendorId, status, now, 0, 50).items().stream()
                .map(Invitation::id).toList());
    }
}
