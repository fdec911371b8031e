package com.clientbook.domain.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void aNewMessageIsDueAtOnce() {
        OutboxMessage message = OutboxMessage.email("chris@example.com", "Subject", "Body", NOW);

        assertEquals(NOW, message.nextAttemptAt());
        assertEquals(0, message.attempts());
        assertFalse(message.isSent());
    }

    @Test
    void retryDelayDoublesAfterEachFailure() {
        assertEquals(Duration.ofSeconds(5), OutboxMessage.retryDelay(1));
        assertEquals(Duration.ofSeconds(10), OutboxMessage.retryDelay(2));
        assertEquals(Duration.ofSeconds(20), OutboxMessage.retryDelay(3));
        assertEquals(Duration.ofSeconds(40), OutboxMessage.retryDelay(4));
    }

    @Test
    void retryDelayIsCappedAtAnHour() {
        assertEquals(Duration.ofSeconds(5 * 512), OutboxMessage.retryDelay(10));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(11));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(OutboxMessage.MAX_ATTEMPTS));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(1000));
    }

    @Test
    void aFailureSchedulesTheNextAttemptAndKeepsTheError() {
        OutboxMessage message = OutboxMessage.email("chris@example.com", "Subject", "Body", NOW);

        message.failed("connection refused", NOW);
        message.failed("connection refused", NOW.plusSeconds(5));

        assertEquals(2, message.attempts());
        assertEquals(NOW.plusSeconds(5 + 10), message.nextAttemptAt());
        assertEquals("connection refused", message.lastError());
    }

    @Test
    void attemptsRunOut() {
        OutboxMessage message = OutboxMessage.email("chris@example.com", "Subject", "Body", NOW);

        for (int attempt = 1; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            message.failed("timeout", NOW);
            assertTrue(message.hasAttemptsLeft(), "attempts left after " + attempt);
        }
        message.failed("timeout", NOW);

        assertFalse(message.hasAttemptsLeft());
    }

    @Test
    void sendingCountsAsAnAttemptAndClearsTheError() {
        OutboxMessage message = OutboxMessage.email("chris@example.com", "Subject", "Body", NOW);
        message.failed("timeout", NOW);

        message.sent(NOW.plusSeconds(5));

        assertTrue(message.isSent());
        assertEquals(2, message.attempts());
        assertNull(message.lastError());
    }

    @Test
    void aLongErrorIsCutToTheColumnSize() {
        OutboxMessage message = OutboxMessage.email("chris@example.com", "Subject", "Body", NOW);

        message.failed("x".repeat(5000), NOW);

        assertEquals(1000, message.lastError().length());
    }

    @Test
    void anAttachmentIsAllOfNameTypeAndContentAndKeptAsGiven() {
        byte[] csv = "order_number\r\n17\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OutboxMessage message = OutboxMessage.email("a@example.com", "New order", "Body", null, NOW)
                .withAttachment("order-17.csv", "text/csv; charset=UTF-8", csv);
        csv[0] = 'X';

        assertTrue(message.hasAttachment());
        assertEquals("order-17.csv", message.attachmentName());
        assertEquals("order_number\r\n17\r\n", new String(message.attachmentContent(), java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(OutboxMessage.email("a@example.com", "s", "b", NOW).hasAttachment());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OutboxMessage.email("a@example.com", "s", "b", NOW).withAttachment(" ", "text/csv", csv));
    }
}
