package com.clientbook.web.api.guard;

import com.clientbook.services.shared.Secrets;
import com.clientbook.services.shared.TokenBuckets;
import com.clientbook.web.api.problem.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The rate limit per API key ({@link ApiLimits}): a key that used up its requests gets 429 with {@code Retry-After}
 * (whole seconds) until its bucket refills. Runs right after the key was recognised, so requests without a valid
 * key are answered 401 and never counted against anybody's key; the bucket is named by the key's hash, never by the
 * key itself.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
@ApplicationScoped
public class ApiRateLimit implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    @Inject
    ApiLimits limits;

    private TokenBuckets buckets;

    @PostConstruct
    void init() {
        buckets = new TokenBuckets(limits.requestsPerSecond(), limits.burst(), System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!limits.rateLimited() || authorization == null || authorization.length() <= BEARER.length()) {
            return;
        }
        long retryAfter = buckets.take(Secrets.hash(authorization.substring(BEARER.length()).strip()));
        if (retryAfter > 0) {
            request.abortWith(Problem.response(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                            "This API key made more requests than its limit (" + Math.round(limits.requestsPerSecond())
                                    + " a second, " + Math.round(limits.burst()) + " at once). Wait " + retryAfter
                                    + " s (Retry-After) and slow down."))
                    .header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .build());
        }
    }
}
