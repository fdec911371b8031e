package com.clientbook.web.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShutdownReadinessTest {

    @Test
    void readyUntilTheApplicationBeginsToStopThenDownForGood() {
        ShutdownReadiness readiness = new ShutdownReadiness();
        readiness.started(new Object());
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());

        readiness.stopping(new Object());

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
        assertEquals(ShutdownReadiness.NAME, readiness.call().getName());
    }

    @Test
    void theJvmsShutdownFlipsItToo() {
        ShutdownReadiness readiness = new ShutdownReadiness();

        readiness.stopping("the server is shutting down");

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
    }
}
