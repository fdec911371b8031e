package com.clientbook.services.webhook;

import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The webhook delivery benchmark (docs/benchmarks.md). Not an {@code *IT}, so the suite leaves it out; run it by name:
 * {@code -Dit.test=WebhookDeliveryBenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookDeliveryBenchmark {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war().addClasses(ScriptedTransport.class, WebhookTestEvents.class);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookTestEvents events;

    @Inject
    ScriptedTransport transport;

    @Inject
    TestData data;

    /**
     * The benchmark (docs/benchmarks.md): three runs of 10,000 events about 1,000 customers (ten each), queued in one
     * transaction, delivered by the server's own senders over real HTTP (signing, the HTTP client, claiming and
     * recording included) to a receiver in this JVM; timed from the queuing transaction's commit to the last event
     * received. The baseline, in the same run: the same receiver fed 10,000 posts straight from the transport by 4
     * threads, without the database.
     */
    @Test
    void benchmarkTenThousandEventsToALocalReceiver() throws Exception {
        AtomicInteger received = new AtomicInteger();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
                received.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        String target = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/";
        transport.postRealTo(target);
        Logger log = Logger.getLogger(WebhookDeliveryBenchmark.class.getName());
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            double baseline = baseline(received);
            received.set(0);
            ids.clear();
            List<Double> rates = new ArrayList<>();
            for (int run = 1; run <= 3; run++) {
                received.set(0);
                ids.clear();
                Actor admin = data.newVendorAdmin();
                webhooks.create(admin, new WebhookInput(ScriptedTransport.REAL + UUID.randomUUID(), "benchmark",
                        List.of("customer.updated"), true));
                long queuing = System.nanoTime();
                events.publish(admin.companyId(), 10_000, 1_000);
                long start = System.nanoTime();
                double queued = (start - queuing) / 1e9;
                long until = start + Duration.ofMinutes(3).toNanos();
                while (received.get() < 10_000 && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = received.get() / seconds;
                rates.add(rate);
                String figures = String.format(Locale.ROOT, "webhook benchmark run %d: 10,000 events queued in one"
                        + " transaction in %.1f s; %d delivered in %.2f s = %.0f events/s; %d distinct ids", run, queued,
                        received.get(), seconds, rate, ids.size());
                log.info(figures);
                System.out.println(figures);
                assertEquals(10_000, received.get(), figures);
                assertEquals(10_000, ids.size(), "each once: " + figures);
            }
            List<Double> sorted = rates.stream().sorted().toList();
            String summary = String.format(Locale.ROOT, "webhook benchmark: median %.0f events/s (runs %s); baseline"
                    + " (transport alone, 4 threads, no database) %.0f posts/s; load average before: %s",
                    sorted.get(1), rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList(), baseline, load);
            log.info(summary);
            System.out.println(summary);
        } finally {
            transport.postRealTo(null);
            receiver.stop(0);
        }
    }

    /** 10,000 posts straight from the transport by 4 threads: what HTTP alone allows on this machine. */
    private double baseline(AtomicInteger received) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        transport.post(ScriptedTransport.REAL + "baseline", "msg_baseline", 0L, "v1,none",
                                "{\"type\":\"baseline\"}");
                    }
                }));
            }
            for (Future<?> one : done) {
                one.get();
            }
        } finally {
            threads.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(10_000, received.get(), "baseline posts received");
        return 10_000 / seconds;
    }
}
