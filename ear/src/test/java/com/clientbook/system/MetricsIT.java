package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.clientbook.system.SystemTestServer.CUSTOMERS;
import static com.clientbook.system.SystemTestServer.apiGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code /metrics}: closed to anyone without the metrics token, Prometheus text that parses line by line, and the
 * counters move with the requests and sign-ins made here. The system-test server runs with the token below
 * ({@code ./clientbook it-start}, it_metrics_environment).
 */
class MetricsIT {

    static final String TOKEN = "it-metrics-token-0123456789";

    private static final Pattern HELP = Pattern.compile("# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*");
    private static final Pattern TYPE = Pattern.compile("# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*})? "
                    + "(NaN|[+-]Inf|[+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)( -?[0-9]+)?");

    @Test
    void withoutTheTokenNobodyGetsTheMetrics() {
        assertEquals(401, SystemTestServer.get("/metrics").statusCode());
        assertEquals(401, SystemTestServer.get("/metrics", "Authorization", "Bearer wrong-" + TOKEN).statusCode());
        assertEquals(401, SystemTestServer.get("/metrics", "Authorization", "Bearer " + DemoData.ALPINE_API_KEY).statusCode(),
                "an API key is no metrics token");
        assertEquals(401, SystemTestServer.get("/metrics", "Authorization", "Basic " + TOKEN).statusCode());
    }

    @Test
    void theTextParsesAndTheCountersMoveWithRequestsAndSignIns() {
        Map<String, Double> before = scrape();
        String listed = "http_server_requests_seconds_count{kind=\"api\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/customers\"}";
        String missing = "http_server_requests_seconds_count{kind=\"api\",method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/v1/customers/{id}\"}";
        String failedSignIns = "clientbook_sign_ins_total{outcome=\"failed\"}";

        for (int i = 0; i < 3; i++) {
            assertEquals(200, apiGet(CUSTOMERS, DemoData.ALPINE_API_KEY).statusCode());
        }
        assertEquals(404, apiGet(CUSTOMERS + "/987654321987", DemoData.ALPINE_API_KEY).statusCode());
        FormPage.open("/login.xhtml").post(Map.of("loginForm", "loginForm",
                "loginForm:email:input", "nobody-" + UUID.randomUUID() + "@metrics.example",
                "loginForm:password:input", "Not-The-Password-1", "loginForm:signIn", ""));

        Map<String, Double> after = scrape();
        assertEquals(3.0, after.get(listed) - before.getOrDefault(listed, 0.0), 0.0, "three list requests");
        assertEquals(1.0, after.get(missing) - before.getOrDefault(missing, 0.0), 0.0, "one 404, under its template");
        assertEquals(1.0, after.get(failedSignIns) - before.getOrDefault(failedSignIns, 0.0), 0.0, "one failed sign-in");
        assertTrue(after.containsKey("clientbook_sign_ins_total{outcome=\"succeeded\"}"));
        assertTrue(after.keySet().stream().anyMatch(name -> name.startsWith("http_server_requests_seconds_bucket{")
                && name.contains("uri=\"/api/v1/customers\"") && name.contains("le=\"0.1\"")), "a latency histogram");
        assertTrue(after.keySet().stream().anyMatch(name -> name.contains("uri=\"/login.xhtml\"") && name.contains("kind=\"page\"")),
                "pages are counted by their view");
        assertFalse(after.keySet().stream().anyMatch(name -> name.contains("987654321987")), "no id becomes a series");

        for (String outbox : new String[] {"mail", "webhook"}) {
            Double waiting = after.get("clientbook_outbox_waiting{outbox=\"" + outbox + "\"}");
            assertTrue(waiting != null && waiting >= 0, outbox + " backlog: " + waiting);
            Double oldest = after.get("clientbook_outbox_oldest_age_seconds{outbox=\"" + outbox + "\"}");
            assertTrue(oldest != null && oldest >= 0, outbox + " oldest age: " + oldest);
        }
        assertTrue(after.containsKey("clientbook_import_rows_total"));
        assertTrue(after.keySet().stream().anyMatch(name -> name.startsWith("jvm_memory_used_bytes{area=\"heap\"")), "heap");
        assertTrue(after.keySet().stream().anyMatch(name -> name.startsWith("jvm_gc_")), "GC");
        Double used = after.get("clientbook_datasource_connections{state=\"used\"}");
        Double free = after.get("clientbook_datasource_connections{state=\"free\"}");
        // present; their values are NaN on Payara 6.2025.9 so far (docs/operations.md#metrics, what is open)
        assertTrue(used != null && free != null, "the pool's gauges are there");
        assertTrue(after.containsKey("clientbook_datasource_wait_average_seconds"));
    }

    /** Every line of /metrics, parsed: sample name with its labels to value. */
    private static Map<String, Double> scrape() {
        HttpResponse<String> response = SystemTestServer.get("/metrics", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                response.headers().toString());
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || HELP.matcher(line).matches() || TYPE.matcher(line).matches()) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                fail("not Prometheus text: " + line);
            }
            String value = sample.group(3);
            samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                    value.equals("NaN") ? Double.NaN : value.endsWith("Inf")
                            ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.parseDouble(value));
        }
        return samples;
    }
}
