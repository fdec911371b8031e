package com.clientbook.web.operations;

import com.clientbook.services.operations.ServerMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /metrics}: this server's metrics in Prometheus text format, for Prometheus's scraper only. Closed (404,
 * as a path that does not exist) unless {@code CLIENTBOOK_METRICS_TOKEN} is set; then only a request with
 * {@code Authorization: Bearer <that token>} gets them, everyone else 401. The token is compared in constant time.
 */
@WebServlet(name = "MetricsEndpoint", urlPatterns = MetricsEndpoint.PATH)
public class MetricsEndpoint extends HttpServlet {

    public static final String PATH = "/metrics";
    /** What the Prometheus text format (version 0.0.4) is served as. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Shorter tokens are refused as if none were set: a guessable token is no credential. */
    static final int MIN_TOKEN_LENGTH = 16;
    private static final String BEARER = "bearer ";

    @Inject
    ServerMetrics metrics;

    @Inject
    @ConfigProperty(name = "clientbook.metrics.token")
    Optional<String> token;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> expected = token.map(String::strip).filter(value -> value.length() >= MIN_TOKEN_LENGTH);
        if (expected.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!authorized(request.getHeader("Authorization"), expected.get())) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean authorized(String authorization, String expected) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, expected.getBytes(StandardCharsets.UTF_8));
    }
}
