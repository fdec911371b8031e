package com.clientbook.domain.user;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInLockTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);
    private User user;

    @BeforeEach
    void activeUser() {
        user = new User(Company.customer("Café Central", null, null, Address.empty(), NOW), Role.CUSTOMER_ADMIN,
                "chris@example.com", null, null, NOW);
        user.setPassword("hash");
    }

    @Test
    void theThirdFailureInARowLocksUntilTheLockTimeIsOver() {
        assertFalse(user.signInFailed(NOW, 3, LOCK));
        assertFalse(user.signInFailed(NOW, 3, LOCK));
        assertFalse(user.isLockedAt(NOW));

        assertTrue(user.signInFailed(NOW, 3, LOCK), "the failure that locks says so, once");

        assertTrue(user.isLockedAt(NOW.plus(LOCK).minusMillis(1)));
        assertFalse(user.isLockedAt(NOW.plus(LOCK)));
    }

    @Test
    void failuresWhileLockedNeitherCountNorLengthenTheLock() {
        for (int i = 0; i < 3; i++) {
            user.signInFailed(NOW, 3, LOCK);
        }

        assertFalse(user.signInFailed(NOW.plusSeconds(60), 3, LOCK));

        assertEquals(3, user.failedSignIns());
        assertEquals(NOW.plus(LOCK), user.lockedUntil());
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        user.signInFailed(NOW, 3, LOCK);
        user.signInFailed(NOW, 3, LOCK);

        user.signedIn(NOW);

        assertEquals(0, user.failedSignIns());
        assertFalse(user.signInFailed(NOW, 3, LOCK));
        assertFalse(user.signInFailed(NOW, 3, LOCK));
    }

    @Test
    void choosingANewPasswordLiftsTheLock() {
        for (int i = 0; i < 3; i++) {
            user.signInFailed(NOW, 3, LOCK);
        }

        user.setPassword("new hash");

        assertFalse(user.isLockedAt(NOW));
        assertNull(user.lockedUntil());
        assertEquals(0, user.failedSignIns());
    }
}
