package com.clientbook.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver in the test JVM, as an integrator would run one: on 127.0.0.1:{@value #PORT}, the one address the
 * system-test server may post to (CLIENTBOOK_WEBHOOKS_TEST_HOSTS, set by {@code ./clientbook it-start}). It records
 * every post per path and answers each path with the statuses a test scripted (200 once the script is used up). It
 * checks signatures the way the Standard Webhooks specification says, with code of its own, not Clientbook's.
 */
final class WebhookReceiver {

    static final int PORT = 18091;
    private static WebhookReceiver shared;

    /** One post as it arrived. */
    record Post(String path, String id, String timestamp, String signature, String body) {

        /** Whether one of the v1 signatures is the secret's HMAC-SHA256 over {@code id.timestamp.body}. */
        boolean signedWith(String secret) {
            return signedWith(secret, body);
        }

        boolean signedWith(String secret, String someBody) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                byte[] expected = Base64.getEncoder().encode(
                        mac.doFinal((id + "." + timestamp + "." + someBody).getBytes(StandardCharsets.UTF_8)));
                for (String candidate : signature.split(" ")) {
                    if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                            candidate.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + PORT + " is taken: the webhook receiver cannot listen", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::receive);
        server.start();
    }

    /** The receiver of this test JVM, started at first use, running until the JVM ends. */
    static synchronized WebhookReceiver shared() {
        if (shared == null) {
            shared = new WebhookReceiver();
        }
        return shared;
    }

    /** A new path of its own for a test's endpoint, and its URL as the server reaches it. */
    String newUrl(String name) {
        return "http://127.0.0.1:" + PORT + "/hooks/" + name + "-" + java.util.UUID.randomUUID();
    }

    /** The path answers these statuses in turn, then 200. */
    void script(String url, Integer... statuses) {
        scripts.put(pathOf(url), new ArrayDeque<>(List.of(statuses)));
    }

    List<Post> postsTo(String url) {
        String path = pathOf(url);
        return posts.stream().filter(post -> post.path().equals(path)).toList();
    }

    /** Waits until the URL has had {@code count} posts (or the time is up) and answers them. */
    List<Post> await(String url, int count, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (postsTo(url).size() < count && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return postsTo(url);
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            posts.add(new Post(path, exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            Deque<Integer> script = scripts.get(path);
            Integer scripted = script == null ? null : script.poll();
            int status = scripted == null ? 200 : scripted;
            byte[] answer = ("receiver answered " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
