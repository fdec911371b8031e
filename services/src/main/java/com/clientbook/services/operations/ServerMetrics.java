package com.clientbook.services.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import com.clientbook.persistence.operations.BacklogRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's metrics, written as Prometheus text at {@code /metrics} (web module): requests per endpoint and page
 * with their latency, sign-ins, the outboxes' backlog, imported rows, the data source pool, JVM heap and GC. One
 * registry per server; Prometheus scrapes every server and adds them up.
 * <p>
 * The backlog gauges are the database's view and therefore the same on every server (aggregate them with
 * {@code max}, not {@code sum}); they are read at most every few seconds, however often Prometheus asks.
 */
@ApplicationScoped
public class ServerMetrics {

    /** Requests' latency buckets: from what a cached read takes to what a page must never take. */
    private static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    /** More distinct paths than the application has templates means something fills them in: stop counting new ones. */
    private static final int MAX_ROUTES = 400;
    private static final long BACKLOG_FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Logger LOG = Logger.getLogger(ServerMetrics.class.getName());

    @Inject
    Backlog backlog;

    private PrometheusMeterRegistry registry;
    private JvmGcMetrics gc;
    private Counter signedIn;
    private Counter signInFailed;
    private Counter importRows;
    private volatile Backlog.Figures lastBacklog;
    private volatile long lastBacklogAt;
    private boolean backlogFailing;

    @PostConstruct
    void start() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(MeterFilter.maximumAllowableTags("http.server.requests", "uri", MAX_ROUTES, MeterFilter.deny()));
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);

        signedIn = Counter.builder("clientbook.sign.ins").tag("outcome", "succeeded")
                .description("Sign-ins on the pages").register(registry);
        signInFailed = Counter.builder("clientbook.sign.ins").tag("outcome", "failed")
                .description("Sign-ins on the pages").register(registry);
        importRows = Counter.builder("clientbook.import.rows")
                .description("Rows of imports processed by this server (rate() gives rows per second)").register(registry);

        backlogGauges("mail", Backlog.Figures::mail);
        backlogGauges("webhook", Backlog.Figures::webhooks);

        ConnectionPoolFigures pool = new ConnectionPoolFigures();
        Gauge.builder("clientbook.datasource.connections", pool, ConnectionPoolFigures::used).tag("state", "used")
                .description("Connections of the application's pool, as Payara's monitoring counts them").register(registry);
        Gauge.builder("clientbook.datasource.connections", pool, ConnectionPoolFigures::free).tag("state", "free")
                .description("Connections of the application's pool, as Payara's monitoring counts them").register(registry);
        Gauge.builder("clientbook.datasource.waiting", pool, ConnectionPoolFigures::waiting)
                .description("Requests waiting for a connection of the pool").register(registry);
        Gauge.builder("clientbook.datasource.wait.average", pool, ConnectionPoolFigures::averageWaitSeconds).baseUnit("seconds")
                .description("Average time a request waited for a connection of the pool").register(registry);
    }

    @PreDestroy
    void stop() {
        gc.close();
        registry.close();
    }

    /** The Prometheus text exposition (version 0.0.4) of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    /** The registry, for tests and for whatever else wants to record something. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * One request answered. {@code route} is the path template ({@code /api/v1/customers/{id}}, a page's view), never
     * the path itself, so that ids and keys neither become series nor reach the metrics.
     */
    public void request(String kind, String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("Requests answered, by endpoint or page")
                .tag("kind", kind).tag("method", method).tag("uri", route)
                .tag("status", Integer.toString(status)).tag("outcome", outcome(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void signIn(boolean succeeded) {
        (succeeded ? signedIn : signInFailed).increment();
    }

    public void importedRows(int rows) {
        importRows.increment(rows);
    }

    static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        } else if (status >= 400) {
            return "CLIENT_ERROR";
        } else if (status >= 300) {
            return "REDIRECTION";
        }
        return status >= 200 ? "SUCCESS" : "INFORMATIONAL";
    }

    private void backlogGauges(String outbox, Function<Backlog.Figures, BacklogRepository.Queue> queue) {
        gauge("clientbook.outbox.waiting", outbox, null, "Messages waiting to be sent (the database's view: max, not sum, over servers)",
                figures -> queue.apply(figures).waiting());
        gauge("clientbook.outbox.oldest.age", outbox, "seconds", "How long the oldest waiting message has waited",
                figures -> queue.apply(figures).oldestSeconds());
    }

    private void gauge(String name, String outbox, String unit, String description, ToDoubleFunction<Backlog.Figures> value) {
        Gauge.builder(name, this, metrics -> {
                    Backlog.Figures figures = metrics.backlog();
                    return figures == null ? Double.NaN : value.applyAsDouble(figures);
                })
                .tag("outbox", outbox).baseUnit(unit).description(description).register(registry);
    }

    /** The backlog as read at most {@link #BACKLOG_FRESH_NANOS} ago; null while the database cannot be read. */
    private synchronized Backlog.Figures backlog() {
        long now = System.nanoTime();
        if (lastBacklog == null || now - lastBacklogAt > BACKLOG_FRESH_NANOS) {
            try {
                lastBacklog = backlog.figures();
                backlogFailing = false;
            } catch (RuntimeException e) {
                lastBacklog = null;
                if (!backlogFailing) {
                    backlogFailing = true;
                    LOG.log(Level.WARNING, "The outboxes' backlog cannot be read for the metrics: {0}", e.toString());
                }
            }
            lastBacklogAt = now;
        }
        return lastBacklog;
    }
}
