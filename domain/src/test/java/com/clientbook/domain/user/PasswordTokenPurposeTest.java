package com.clientbook.domain.user;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordTokenPurposeTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final User user = new User(Company.customer("Café Central", null, null, Address.empty(), NOW),
            Role.CUSTOMER_ADMIN, "chris@example.com", null, null, NOW);

    @Test
    void aResetLinkLastsAnHour() {
        PasswordToken token = new PasswordToken(user, PasswordTokenPurpose.RESET_PASSWORD, "hash", NOW);

        assertEquals(NOW.plus(Duration.ofHours(1)), token.expiresAt());
        assertFalse(token.isUsableAt(NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void aRevokedLinkCannotBeUsed() {
        PasswordToken token = new PasswordToken(user, PasswordTokenPurpose.RESET_PASSWORD, "hash", NOW);

        token.revoke(NOW.plusSeconds(10));

        assertFalse(token.isUsableAt(NOW.plusSeconds(20)));
        assertThrows(IllegalStateException.class, () -> token.use(NOW.plusSeconds(20)));
    }

    @Test
    void revokingASpentLinkKeepsWhenItWasUsed() {
        PasswordToken token = new PasswordToken(user, PasswordTokenPurpose.RESET_PASSWORD, "hash", NOW);
        token.use(NOW.plusSeconds(10));

        token.revoke(NOW.plusSeconds(20));

        assertEquals(NOW.plusSeconds(10), token.usedAt());
        assertEquals(null, token.revokedAt());
    }
}
