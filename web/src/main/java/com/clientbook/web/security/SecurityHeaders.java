package com.clientbook.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The headers every answer carries, and the refusal of form posts from other sites:
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (set-password and invitation
 *       links carry their token in the address), {@code X-Frame-Options: DENY}, {@code X-XSS-Protection: 0};</li>
 *   <li>{@code Cache-Control: no-store} on every page and API answer (not on the static resources of
 *       {@code /jakarta.faces.resource/}): a shared or back-button cache must not keep a signed-in person's data;</li>
 *   <li>{@code Strict-Transport-Security} when the request came over HTTPS ({@link TransportSecurity});</li>
 *   <li>a Content-Security-Policy that allows nothing for the API's answers; the pages' own, with a nonce per page for
 *       PrimeFaces' scripts, is PrimeFaces' ({@code primefaces.CSP} in web.xml);</li>
 *   <li>a POST (or other changing method) to a page whose {@code Origin} is another site, or that the browser marks
 *       {@code Sec-Fetch-Site: cross-site}, is refused with 403 before Faces reads it. The API is not a browser's
 *       and authenticates every request with its key, so it is left alone.</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    TransportSecurity transport;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-XSS-Protection", "0"); // the browsers' old XSS auditor did harm; the CSP does its work
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (transport.secure(request)) {
            response.setHeader("Strict-Transport-Security", transport.hstsHeader());
        }
        if (!path.startsWith("/api/") && crossSite(request)) {
            // answered here, not by the error page: Faces would take the error page's POST for a postback
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: this form was sent from another site.\n");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A changing request that another site's page made the browser send. */
    static boolean crossSite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !sameHost(origin, request.getHeader("Host"));
        }
        return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
    }

    /** Whether the origin names the host (and port) the request was sent to; a scheme change by a TLS proxy is fine. */
    static boolean sameHost(String origin, String host) {
        if (host == null || origin.equalsIgnoreCase("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return originHost.equalsIgnoreCase(host.strip()) || withoutDefaultPort(host).equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host) {
        String h = host.strip();
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
