package com.clientbook.services.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/**
 * One clock for the services, so tests can judge expiry without waiting. It ticks in microseconds, as PostgreSQL
 * stores time: what a service returns right after a change then equals what a later read returns.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
