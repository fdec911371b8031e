package com.clientbook.services.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scheduled job's failure never reaches the timer, and is logged when it starts, once a minute, and when it ends. */
class ScheduledWorkTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger log = Logger.getAnonymousLogger();
    private Instant now = Instant.parse("2026-12-07T12:00:00Z");

    ScheduledWorkTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void aFailingTickIsLoggedNotThrownAndTheNextTickRunsAgain() {
        ScheduledWork work = new ScheduledWork("Sending", log, clock());
        AtomicInteger runs = new AtomicInteger();

        work.run(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database down");
        });
        assertTrue(work.failing());
        work.run(runs::incrementAndGet);

        assertEquals(2, runs.get());
        assertFalse(work.failing());
        assertEquals(List.of(Level.WARNING, Level.INFO), records.stream().map(LogRecord::getLevel).toList());
        assertTrue(records.get(0).getThrown() instanceof IllegalStateException, "the first failure with its cause");
    }

    @Test
    void aLastingFailureIsLoggedAtMostOnceAMinute() {
        ScheduledWork work = new ScheduledWork("Sending", log, clock());
        Runnable failing = () -> {
            throw new IllegalStateException("database down");
        };

        for (int tick = 0; tick < 45; tick++) { // 90 seconds of two-second ticks
            work.run(failing);
            now = now.plusSeconds(2);
        }

        assertEquals(2, records.size(), "when it started and a minute later");
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
