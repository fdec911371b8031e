package com.clientbook.persistence.outbox;

import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void claimingReturnsOnlyDueUnsentMessagesWithAttemptsLeft() {
        Instant now = Instant.now();
        long due = queue(now.minusSeconds(60), message -> { });
        long notYetDue = queue(now.plus(Duration.ofMinutes(5)), message -> { });
        long sent = queue(now.minusSeconds(60), message -> message.sent(now.minusSeconds(30)));
        long givenUp = queue(now.minusSeconds(3600), message -> {
            for (int attempt = 0; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
                message.failed("connection refused", now.minus(Duration.ofDays(1)));
            }
        });

        List<Long> claimed = database.inTransaction(em -> ids(new OutboxRepository(em).claimDue(now, 100)));

        assertTrue(claimed.contains(due), "due message claimed");
        assertFalse(claimed.contains(notYetDue), "message not due yet");
        assertFalse(claimed.contains(sent), "sent message");
        assertFalse(claimed.contains(givenUp), "message without attempts left");
    }

    @Test
    void claimingSkipsMessagesAnotherTransactionHolds() {
        Instant now = Instant.now();
        long held = queue(now.minusSeconds(10), message -> { });
        long free = queue(now.minusSeconds(10), message -> { });

        EntityManager otherServer = database.newEntityManager();
        try {
            otherServer.getTransaction().begin();
            otherServer.find(OutboxMessage.class, held, LockModeType.PESSIMISTIC_WRITE);

            List<Long> claimed = database.inTransaction(em -> ids(new OutboxRepository(em).claimDue(now, 100)));

            assertTrue(claimed.contains(free), "unlocked message claimed");
            assertFalse(claimed.contains(held), "message locked by the other transaction skipped");
        } finally {
            otherServer.getTransaction().rollback();
            otherServer.close();
        }

        List<Long> claimedAfterwards = database.inTransaction(em -> ids(new OutboxRepository(em).claimDue(now, 100)));
        assertTrue(claimedAfterwards.contains(held), "released message claimed");
    }

    private static long queue(Instant createdAt, java.util.function.Consumer<OutboxMessage> history) {
        return database.inTransaction(em -> {
            OutboxMessage message = OutboxMessage.email(UUID.randomUUID() + "@example.com", "Hello", "Body", createdAt);
            history.accept(message);
            return new OutboxRepository(em).add(message).id();
        });
    }

    private static List<Long> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::id).toList();
    }
}
