package com.clientbook.services.operations;

import com.clientbook.persistence.operations.BacklogRepository.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerMetricsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private boolean databaseDown;
    private final ServerMetrics metrics = new ServerMetrics();

    ServerMetricsTest() {
        metrics.backlog = new Backlog() {
            @Override
            public Figures figures() {
                reads.incrementAndGet();
                if (databaseDown) {
                    throw new IllegalStateException("no database");
                }
                return new Figures(new Queue(3, 42.5), new Queue(0, 0));
            }
        };
        metrics.start();
    }

    @AfterEach
    void stop() {
        metrics.stop();
    }

    @Test
    void requestsAreCountedByTemplateWithOutcomeAndLatencyBuckets() {
        metrics.request("api", "GET", "/api/v1/customers/{id}", 404, TimeUnit.MILLISECONDS.toNanos(7));
        metrics.request("api", "GET", "/api/v1/customers/{id}", 404, TimeUnit.MILLISECONDS.toNanos(70));

        String text = metrics.scrape();

        assertTrue(text.contains("http_server_requests_seconds_count{kind=\"api\",method=\"GET\",outcome=\"CLIENT_ERROR\","
                + "status=\"404\",uri=\"/api/v1/customers/{id}\"} 2"), text);
        assertTrue(text.contains("http_server_requests_seconds_bucket{kind=\"api\",method=\"GET\",outcome=\"CLIENT_ERROR\","
                + "status=\"404\",uri=\"/api/v1/customers/{id}\",le=\"0.01\"} 1"), text);
    }

    @Test
    void signInsImportRowsAndTheBacklogAreThere() {
        metrics.signIn(false);
        metrics.signIn(true);
        metrics.signIn(false);
        metrics.importedRows(500);

        String text = metrics.scrape();

        assertTrue(text.contains("clientbook_sign_ins_total{outcome=\"failed\"} 2.0"), text);
        assertTrue(text.contains("clientbook_sign_ins_total{outcome=\"succeeded\"} 1.0"), text);
        assertTrue(text.contains("clientbook_import_rows_total 500.0"), text);
        assertTrue(text.contains("clientbook_outbox_waiting{outbox=\"mail\"} 3.0"), text);
        assertTrue(text.contains("clientbook_outbox_oldest_age_seconds{outbox=\"mail\"} 42.5"), text);
        assertTrue(text.contains("jvm_memory_used_bytes{area=\"heap\""), text);
    }

    @Test
    void theBacklogIsReadOnceForAllItsGaugesAndIsNaNWhileTheDatabaseIsDown() {
        metrics.scrape();
        metrics.scrape();
        assertEquals(1, reads.get(), "read at most every few seconds, however often Prometheus asks");

        ServerMetrics fresh = new ServerMetrics();
        fresh.backlog = metrics.backlog;
        databaseDown = true;
        fresh.start();
        try {
            assertTrue(fresh.scrape().contains("clientbook_outbox_waiting{outbox=\"mail\"} NaN"));
        } finally {
            fresh.stop();
        }
    }

    @Test
    void theOutcomeClassesTheStatus() {
        assertEquals("SUCCESS", ServerMetrics.outcome(204));
        assertEquals("REDIRECTION", ServerMetrics.outcome(302));
        assertEquals("CLIENT_ERROR", ServerMetrics.outcome(401));
        assertEquals("SERVER_ERROR", ServerMetrics.outcome(503));
    }
}
