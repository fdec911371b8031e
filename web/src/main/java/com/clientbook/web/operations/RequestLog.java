package com.clientbook.web.operations;

import com.clientbook.services.operations.ServerMetrics;
import com.clientbook.web.security.ClientbookPrincipal;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * One line per request in the server's log, and the request in the metrics ({@link ServerMetrics}): method, path
 * template, status, duration and the vendor it was for. Never the path's own values, the query string, a header or
 * a form field, so no id, key, token or password reaches the log through here; the path template is the API's
 * ({@code /api/v1/customers/{id}}, named by {@code ApiRoute}) or the page's view.
 * <p>
 * {@code CLIENTBOOK_LOG_FORMAT=json} writes the line as one JSON object, for a log shipper; otherwise
 * {@code GET /api/v1/customers/{id} 200 12.3 ms vendor=7}. Requests that the container answers before any filter
 * (a signed-out person sent to the sign-in page by a security constraint) are not logged here.
 */
@WebFilter(filterName = "RequestLog", urlPatterns = "/*", asyncSupported = true)
public class RequestLog implements Filter {

    /** Request attribute: the path template of the endpoint the request matched. */
    public static final String ROUTE = "com.clientbook.route";
    /** Request attribute: the id of the vendor the request acted for. */
    public static final String VENDOR = "com.clientbook.vendor";

    static final Logger LOG = Logger.getLogger(RequestLog.class.getName());

    @Inject
    ServerMetrics metrics;

    @Inject
    @ConfigProperty(name = "clientbook.log.format", defaultValue = "text")
    String format;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long nanos = System.nanoTime() - start;
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Line line = new Line(request.getMethod(), route(path, request.getAttribute(ROUTE), status), status,
                    nanos / 1_000_000.0, vendor(request));
            metrics.request(kind(path), line.method(), line.route(), status, nanos);
            LOG.info(json() ? line.json() : line.text());
        }
    }

    private boolean json() {
        return "json".equalsIgnoreCase(format.strip());
    }

    /** What a request was: an API call, a page (or its Faces resources), or something else. */
    static String kind(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        }
        return path.endsWith(".xhtml") || path.equals("/") || path.startsWith("/jakarta.faces.resource/") ? "page" : "other";
    }

    /**
     * The path template: the API's, as ApiRoute named it; a page's view; one name for all static resources; and
     * {@code NOT_FOUND} for what matched nothing, so that probing unknown paths adds no series and no path to the log.
     */
    static String route(String path, Object matched, int status) {
        if (matched instanceof String template) {
            return template;
        }
        if (path.startsWith("/api/")) {
            return "/api/v1/**";
        }
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "NOT_FOUND";
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return "/jakarta.faces.resource/**";
        }
        if (path.startsWith("/resources/")) {
            return "/resources/**";
        }
        if (path.isEmpty()) {
            return "/";
        }
        // a page's view or one of the few servlets (/openapi, /metrics); anything after ';' (a session id) is dropped
        int semicolon = path.indexOf(';');
        return semicolon < 0 ? path : path.substring(0, semicolon);
    }

    private static Long vendor(HttpServletRequest request) {
        if (request.getAttribute(VENDOR) instanceof Long vendor) {
            return vendor;
        }
        if (request.getUserPrincipal() instanceof ClientbookPrincipal principal && principal.role().isVendorSide()) {
            return principal.actor().companyId();
        }
        return null;
    }

    /** One request as logged. */
    record Line(String method, String route, int status, double millis, Long vendor) {

        String text() {
            return String.format(Locale.ROOT, "%s %s %d %.1f ms vendor=%s", method, route, status, millis,
                    vendor == null ? "-" : vendor);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"method\":%s,\"path\":%s,\"status\":%d,\"durationMs\":%.1f,\"vendorId\":%s}",
                    quoted(method), quoted(route), status, millis, vendor == null ? "null" : vendor);
        }

        private static String quoted(String value) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
