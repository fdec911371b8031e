package com.clientbook.services.shared;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @Test
    void tokensAreUrlSafeAndCarry256Bits() {
        String token = Secrets.newToken();

        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(Secrets.newToken());
        }
        assertEquals(1000, tokens.size());
    }

    @Test
    void theHashIsStableHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.hash("abc"));
        assertNotEquals(Secrets.hash("abc"), Secrets.hash("abd"));
    }
}
