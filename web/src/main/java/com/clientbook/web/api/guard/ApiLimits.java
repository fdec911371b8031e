package com.clientbook.web.api.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's limits, from MicroProfile Config like every other setting ({@code CLIENTBOOK_API_RATE_LIMIT_PER_SECOND}
 * or {@code clientbook.api.rate-limit.per-second}, and so on).
 *
 * <p>The defaults are far above what one ERP does (a nightly sync of 100,000 customers one request at a time,
 * 16 clients in parallel, stays under them on a node that answers about 1,200 reads a second): they stop a runaway
 * client from taking a whole node, not a busy integration. A deployment open to the internet lowers them.
 */
@ApplicationScoped
public class ApiLimits {

    @Inject
    @ConfigProperty(name = "clientbook.api.rate-limit.per-second", defaultValue = "2500")
    double requestsPerSecond;

    @Inject
    @ConfigProperty(name = "clientbook.api.rate-limit.burst", defaultValue = "5000")
    double burst;

    @Inject
    @ConfigProperty(name = "clientbook.api.max-json-bytes", defaultValue = "1048576")
    long maxJsonBytes;

    protected ApiLimits() {
        // for CDI
    }

    /** For plain tests. */
    public ApiLimits(double requestsPerSecond, double burst, long maxJsonBytes) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.maxJsonBytes = maxJsonBytes;
    }

    /** Whether requests are counted at all: a rate or burst of 0 (or less) switches the limit off. */
    public boolean rateLimited() {
        return requestsPerSecond > 0 && burst > 0;
    }

    /** How many requests a key may make each second, on average, per node. */
    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    /** How many requests a key may make at once after a pause, per node (at least 1). */
    public double burst() {
        return Math.max(1, burst);
    }

    /** The largest JSON request body read, in bytes. */
    public long maxJsonBytes() {
        return Math.max(1, maxJsonBytes);
    }
}
