package com.clientbook.web.api;

import com.clientbook.domain.user.Role;
import com.clientbook.services.apikey.ApiKeyCache;
import com.clientbook.web.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the vendor's API key in {@code Authorization: Bearer <key>} on every API request and refuses
 * requests without a valid one with 401. Runs before resource matching, so that an unauthenticated caller
 * learns nothing about which paths exist. Platform keys (a platform admin's) open only {@code /platform/…}, vendors'
 * keys everything else.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthentication implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";
    private static final String PLATFORM = "platform";

    /** Keys read within the last second answer from memory: one transaction per request, the resource's. */
    @Inject
    ApiKeyCache apiKeys;

    @Inject
    ApiCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> key = presentedKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (key.isEmpty()) {
            request.abortWith(unauthorized("Send the vendor's API key as \"Authorization: Bearer <key>\"."));
            return;
        }
        apiKeys.authenticate(key.get()).ifPresentOrElse(actor -> {
            // a vendor's key never opens the platform API, and a platform key never a vendor's data
            boolean platformKey = actor.role() == Role.PLATFORM_ADMIN;
            if (platformKey != isPlatformPath(request)) {
                request.abortWith(unauthorized(platformKey ? "A platform API key opens only /api/v1/platform/."
                        : "The platform API needs a platform API key."));
            } else {
                caller.authenticatedAs(actor);
            }
        }, () -> request.abortWith(unauthorized("The API key is unknown or was revoked.")));
    }

    private static boolean isPlatformPath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(PLATFORM) || relative.startsWith(PLATFORM + "/");
    }

    private static Optional<String> presentedKey(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length()).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static Response unauthorized(String detail) {
        return Problem.response(Problem.of(Response.Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"clientbook\"")
                .build();
    }
}
