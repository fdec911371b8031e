package com.clientbook.services;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The services' clock in the test deployment: the real time plus an offset a test moves forward, so that "fifteen
 * minutes later" takes no fifteen minutes. It replaces {@code ClockProducer}'s clock as an enabled alternative. All
 * the test classes share one deployment ({@link SharedPayaraMicro}), so a test that moves the clock puts it back
 * after itself ({@link #reset()} in an {@code @AfterEach}). Ticks in microseconds like the real one.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdjustableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return new OffsetClock();
    }

    /** Moves the services' time forward. */
    public void advance(Duration duration) {
        OFFSET.updateAndGet(offset -> offset.plus(duration));
    }

    /** Sets the services' time to the given instant, from where it goes on ticking. */
    public void setTo(Instant instant) {
        OFFSET.set(Duration.between(Clock.systemUTC().instant(), instant));
    }

    /** Back to the real time. */
    public void reset() {
        OFFSET.set(Duration.ZERO);
    }

    private static final class OffsetClock extends Clock {

        private static final Clock REAL = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The services work in UTC");
        }

        @Override
        public Instant instant() {
            return REAL.instant().plus(OFFSET.get());
        }
    }
}
