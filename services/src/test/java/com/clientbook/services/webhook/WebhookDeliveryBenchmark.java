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

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

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
     * The benchmark (docs/benchmarks.md): 10,000 queued events about 1,000 customers, delivered by the server's own
     * senders over real HTTP (signing, the HTTP client, claiming and recording included) to a receiver in this JVM.
     */
    @Test
    void benchmarkTenThousandEventsToALocalReceiver() throws Exception {
        java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 200);
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
        transport.postRealTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/");
        try {
            Actor admin = data.newVendorAdmin();
            webhooks.create(admin, new WebhookInput(ScriptedTransport.REAL + UUID.randomUUID(), "benchmark",
                    List.of("customer.updated"), true));
            long queuing = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                events.publish(admin.companyId(), 1_000, 1_000);
            }
            double queued = (System.nanoTime() - queuing) / 1e9;
            long start = System.nanoTime();
            long until = start + Duration.ofMinutes(3).toNanos();
            while (received.get() < 10_000 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String figures = String.format(java.util.Locale.ROOT, "webhook benchmark: 10,000 events queued in %.1f s;"
                    + " %d delivered in %.1f s = %.0f events/s; %d distinct ids", queued, received.get(), seconds,
                    received.get() / seconds, ids.size());
            java.util.logging.Logger.getLogger(WebhookDeliveryBenchmark.class.getName()).info(figures);
            System.out.println(figures);
            assertEquals(10_000, received.get(), figures);
            assertEquals(10_000, ids.size(), "each once: " + figures);
        } finally {
            transport.postRealTo(null);
            receiver.stop(0);
        }
    }
}
