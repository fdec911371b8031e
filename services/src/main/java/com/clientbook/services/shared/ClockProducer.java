package com.clientbook.services.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * One clock for the services, so tests can judge expiry without waiting. It ticks in microseconds, the
 * precision PostgreSQL keeps: an instant handed back right after a change is then the same as the one read
 * back later (an API client comparing {@code updatedAt} values would otherwise see two).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }
}
