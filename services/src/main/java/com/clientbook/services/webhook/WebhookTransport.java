package com.clientbook.services.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Posts one signed event. One client for all posts, so connections are kept alive and reused (HTTP/2 over https where
 * the receiver offers it, HTTP/1.1 keep-alive otherwise). Connection and answer each have {@link #TIMEOUT}; redirects are not followed (they could
 * lead to an address the policy refuses); of the answer at most {@link #ANSWER_READ} bytes are read.
 */
@ApplicationScoped
public class WebhookTransport {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int ANSWER_READ = 64 * 1024;

    private ExecutorService io;
    private HttpClient client;

    /** Built here, not in field initialisers: CDI may instantiate the class for its proxy, which needs neither. */
    @PostConstruct
    void open() {
        io = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "clientbook-webhook-io");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(io)
                .build();
    }

    /** What the receiver answered: status, Retry-After if given, the answer (at most 64 KB); or why none came. */
    public record Answer(Integer status, Duration retryAfter, String body, String error) {

        static Answer none(String error) {
            return new Answer(null, null, null, error);
        }
    }

    public Answer post(String url, String messageId, long timestampSeconds, String signature, String body) {
        URI address = URI.create(url);
        HttpRequest.Builder builder = HttpRequest.newBuilder(address);
        if ("http".equalsIgnoreCase(address.getScheme())) {
            // plain http (test receivers only): HTTP/1.1 on a kept-alive connection, no h2c upgrade offered per request
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        HttpRequest request = builder
                .timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("user-agent", "Clientbook-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", String.valueOf(timestampSeconds))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(ANSWER_READ), StandardCharsets.UTF_8);
            }
            return new Answer(response.statusCode(), retryAfter(response.headers().firstValue("retry-after")), answer, null);
        } catch (java.net.http.HttpTimeoutException e) {
            return Answer.none("timeout after " + TIMEOUT.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            return Answer.none(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.none("interrupted");
        }
    }

    /** Retry-After as seconds or as an HTTP date; what cannot be read is ignored. */
    static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        String value = header.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(value, Instant::from);
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    @PreDestroy
    void close() {
        io.shutdownNow();
    }
}
