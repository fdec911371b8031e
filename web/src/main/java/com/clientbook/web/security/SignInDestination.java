package com.clientbook.web.security;

import jakarta.servlet.http.HttpSession;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a person goes after signing in: to the page they were on the way to (a link in an e-mail, say, that needed a
 * sign-in first), else to their home page. Only a page of this application counts, as a path relative to it: a full
 * URL, one for another host ({@code //host}, {@code /\host}) or a scheme ({@code javascript:}) is ignored, so the
 * sign-in page never sends anybody elsewhere (no open redirect).
 */
final class SignInDestination {

    /**
     * Where Jakarta Security's implementation on Payara (Soteria) keeps the request that it sent to the sign-in page.
     * It does not continue to that request when the sign-in page authenticates the person itself (it answers
     * SUCCESS), so the page reads the request's URL from here.
     */
    static final String CONTAINER_SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private SignInDestination() {
    }

    /**
     * The page named by the sign-in page's {@code next} parameter, as a path relative to the application
     * ("/customer/vendors.xhtml?x=1"); empty for anything else.
     */
    static Optional<String> fromParameter(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return Optional.empty();
            }
            return Optional.of(next).filter(SignInDestination::isPage);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The full URL of a request to this application ("https://host/ctx/customer/vendors.xhtml?x=1") as a path
     * relative to it ("/customer/vendors.xhtml?x=1"); empty when it is not under {@code contextPath}.
     */
    static Optional<String> fromRequestUrl(String url, String contextPath) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            String context = contextPath == null ? "" : contextPath;
            if (path == null || !path.startsWith(context + "/")) {
                return Optional.empty();
            }
            String relative = path.substring(context.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return fromParameter(relative);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The page the container sent to sign-in from, kept in the session; empty when there is none. */
    static Optional<String> savedByContainer(HttpSession session, String contextPath) {
        Object saved = session == null ? null : session.getAttribute(CONTAINER_SAVED_REQUEST);
        if (saved == null) {
            return Optional.empty();
        }
        try {
            // a class of the server's, not of the API: read through its public getter, and ignored if it has none
            Object url = saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            return fromRequestUrl(url instanceof String text ? text : null, contextPath);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return Optional.empty();
        }
    }

    /** A page worth going to: not the sign-in page itself, and not the application's resources. */
    private static boolean isPage(String path) {
        return !path.startsWith("/login.xhtml") && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/api/");
    }
}
