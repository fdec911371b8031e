package com.clientbook.domain.accessrequest;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final Company vendor = Company.vendor("Alpine", "office@alpine.example", NOW);
    private final User asker = new User(Company.customer("Café", "cafe@example.com", null, null, NOW), Role.CUSTOMER_ADMIN,
            "owner@cafe.example", "Olga", "Owner", NOW);

    @Test
    void aRejectedRequestMayStillBeApprovedButNotRejectedAgain() {
        AccessRequest request = new AccessRequest(vendor, asker, "Hello", NOW);
        request.reject("Too far", "Vera", NOW);

        assertTrue(request.mayBeApproved());
        assertThrows(IllegalStateException.class, () -> request.reject("Still too far", "Vera", NOW));
        request.approve("Vera", NOW.plusSeconds(60));

        assertEquals(AccessRequestStatus.APPROVED, request.status());
        assertNull(request.rejectionReason());
        assertEquals(NOW.plusSeconds(60), request.decidedAt());
        assertFalse(request.mayBeApproved());
        assertThrows(IllegalStateException.class, () -> request.approve("Vera", NOW));
    }
}
