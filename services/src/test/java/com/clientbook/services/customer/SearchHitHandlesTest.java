package com.clientbook.services.customer;

import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchHitHandlesTest {

    private static final Instant SEARCHED = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant EXPIRES = SEARCHED.plus(Duration.ofMinutes(30));

    private final SearchHitHandles handles = new SearchHitHandles("a key of this installation".getBytes(StandardCharsets.US_ASCII));
    private final String publicId = UUID.randomUUID().toString();

    @Test
    void theSearchingVendorReadsItsHandleUntilItExpires() {
        String handle = handles.issue(7, publicId, EXPIRES);

        assertEquals(publicId, handles.read(7, handle, SEARCHED));
        assertEquals(publicId, handles.read(7, handle, EXPIRES.minusSeconds(1)));
        RuleViolationException expired = assertThrows(RuleViolationException.class, () -> handles.read(7, handle, EXPIRES));
        assertEquals("directory.hitExpired", expired.messageKey());
        assertEquals("handle", expired.field());
    }

    @Test
    void anotherVendorsHandleAMadeUpOneAndAChangedOneAreNotFound() {
        String handle = handles.issue(7, publicId, EXPIRES);

        assertThrows(NotFoundException.class, () -> handles.read(8, handle, SEARCHED), "another vendor's");
        assertThrows(NotFoundException.class, () -> handles.read(7, "made-up", SEARCHED));
        assertThrows(NotFoundException.class, () -> handles.read(7, "!!not base64!!", SEARCHED));
        char last = handle.charAt(handle.length() - 1);
        assertThrows(NotFoundException.class, () -> handles.read(7, handle.substring(0, handle.length() - 1) + (last == 'A' ? 'B' : 'A'), SEARCHED));
        String later = handles.issue(7, publicId, EXPIRES.plus(Duration.ofDays(365)));
        assertFalse(later.equals(handle));
        // an expiry pushed out by hand breaks the signature
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(handle);
        bytes[36 + 7] ^= 1;
        String extended = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThrows(NotFoundException.class, () -> handles.read(7, extended, SEARCHED));
    }

    @Test
    void aHandleOfAnotherInstallationIsNotFound() {
        String handle = new SearchHitHandles("another installation".getBytes(StandardCharsets.US_ASCII)).issue(7, publicId, EXPIRES);

        assertThrows(NotFoundException.class, () -> handles.read(7, handle, SEARCHED));
    }
}
