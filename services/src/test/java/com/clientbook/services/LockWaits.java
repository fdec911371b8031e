package com.clientbook.services;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For tests of concurrent changes: waits (up to 20 s) until the database has a session waiting for another
 * transaction's lock, which is the concurrent task this test started while holding a transaction open. Polls in its
 * own transactions through {@link TestData}, so each look sees the sessions as they are then.
 */
public final class LockWaits {

    private LockWaits() {
    }

    /** Fails when {@code task} (named {@code what} in the message) ends, or never waits, instead of waiting for a lock. */
    public static void awaitWaitingForALock(TestData data, Future<?> task, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (data.insertsWaitingForALock() == 0) {
            assertFalse(task.isDone(), "the " + what + " ended without waiting for the lock");
            assertTrue(System.nanoTime() < deadline, () -> "the " + what + " never waited for the lock: " + data.activity());
            Thread.sleep(50);
        }
    }
}
