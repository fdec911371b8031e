package com.clientbook.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Not ready once the server or the application begins to stop, so that a balancer asking {@code /health/ready} sends
 * no new requests here while the ones in flight finish; liveness ({@code /health/live}) stays up, since nothing is
 * broken. Two signals flip it: the JVM's shutdown (SIGTERM, {@code asadmin stop-instance}) through a shutdown hook,
 * and the application's undeployment (the CDI application context about to end). It never flips back: a server that
 * stops is started afresh.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {

    static final String NAME = "accepting-requests";
    private static final Logger LOG = Logger.getLogger(ShutdownReadiness.class.getName());

    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread hook;

    /** Registers the shutdown hook when the application starts. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        hook = new Thread(() -> stopping("the server is shutting down"), "clientbook-readiness-on-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Undeployment: not ready from here on, and the hook goes (it must not keep this application's classes). */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stopping("the application is being undeployed");
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the JVM is exiting: the hook has run or runs now
            }
        }
    }

    void stopping(String why) {
        if (stopping.compareAndSet(false, true)) {
            LOG.info(() -> "Readiness is DOWN from now on: " + why);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, stopping.get() ? Status.DOWN : Status.UP, Optional.empty());
    }
}
