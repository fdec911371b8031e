package com.clientbook.domain.user;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final User user = new User(Company.customer("Café Central", null, null, Address.empty(), NOW),
            Role.CUSTOMER_ADMIN, "chris@example.com", null, null, NOW);

    @Test
    void aLinkWorksOnce() {
        PasswordToken token = new PasswordToken(user, "hash", NOW);

        token.use(NOW.plusSeconds(60));

        assertEquals(NOW.plusSeconds(60), token.usedAt());
        assertFalse(token.isUsableAt(NOW.plusSeconds(120)));
        assertThrows(IllegalStateException.class, () -> token.use(NOW.plusSeconds(120)));
    }

    @Test
    void aLinkWorksUntilJustBeforeItExpires() {
        PasswordToken token = new PasswordToken(user, "hash", NOW);

        assertEquals(NOW.plus(PasswordToken.VALIDITY), token.expiresAt());
        assertTrue(token.isUsableAt(token.expiresAt().minusMillis(1)));
    }

    @Test
    void anExpiredLinkIsRefused() {
        PasswordToken token = new PasswordToken(user, "hash", NOW);

        assertFalse(token.isUsableAt(token.expiresAt()));
        assertThrows(IllegalStateException.class, () -> token.use(token.expiresAt().plusSeconds(1)));
    }
}
