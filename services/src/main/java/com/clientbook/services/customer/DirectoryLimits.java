package com.clientbook.services.customer;

import com.clientbook.services.shared.TokenBuckets;
import com.clientbook.services.shared.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How much of the company directory one vendor may go through (docs/security.md, "Directory harvesting"): company
 * searches and link attempts per vendor, counted in the same kind of token bucket as the API's limit per key, for
 * the API and the pages alike; and how long a search hit may be linked. From MicroProfile Config
 * ({@code CLIENTBOOK_DIRECTORY_SEARCH_PER_SECOND} or {@code clientbook.directory.search.per-second}, and so on).
 *
 * <p>The defaults let a person search and link as fast as they can read, and an ERP link a few thousand customers an
 * hour; they stop a script from walking the directory. A rate or burst of 0 switches that limit off.
 */
@ApplicationScoped
public class DirectoryLimits {

    @Inject
    @ConfigProperty(name = "clientbook.directory.search.per-second", defaultValue = "1")
    double searchesPerSecond;

    @Inject
    @ConfigProperty(name = "clientbook.directory.search.burst", defaultValue = "60")
    double searchBurst;

    @Inject
    @ConfigProperty(name = "clientbook.directory.link.per-second", defaultValue = "1")
    double linksPerSecond;

    @Inject
    @ConfigProperty(name = "clientbook.directory.link.burst", defaultValue = "60")
    double linkBurst;

    @Inject
    @ConfigProperty(name = "clientbook.directory.hit-minutes", defaultValue = "30")
    long hitMinutes;

    private TokenBuckets searches;
    private TokenBuckets links;

    protected DirectoryLimits() {
        // for CDI
    }

    /** For plain tests. */
    public DirectoryLimits(double searchesPerSecond, double searchBurst, double linksPerSecond, double linkBurst,
                           long hitMinutes) {
        this.searchesPerSecond = searchesPerSecond;
        this.searchBurst = searchBurst;
        this.linksPerSecond = linksPerSecond;
        this.linkBurst = linkBurst;
        this.hitMinutes = hitMinutes;
        init();
    }

    @PostConstruct
    void init() {
        searches = new TokenBuckets(searchesPerSecond, Math.max(1, searchBurst), System::nanoTime);
        links = new TokenBuckets(linksPerSecond, Math.max(1, linkBurst), System::nanoTime);
    }

    /** Counts one company search of the vendor; refuses it when the vendor searched too much lately. */
    public void countSearch(long vendorId, String field) {
        if (searchesPerSecond > 0 && searchBurst > 0) {
            long retryAfter = searches.take(Long.toString(vendorId));
            if (retryAfter > 0) {
                throw new TooManyRequestsException("directory.tooManySearches", field,
                        "Your company made more company searches than its limit (" + searchesPerSecond + " a second, "
                                + Math.round(searchBurst) + " at once). Wait " + retryAfter + " s (Retry-After).",
                        retryAfter);
            }
        }
    }

    /** Counts one attempt of the vendor to link a company; refuses it when the vendor tried too often lately. */
    public void countLink(long vendorId, String field) {
        if (linksPerSecond > 0 && linkBurst > 0) {
            long retryAfter = links.take(Long.toString(vendorId));
            if (retryAfter > 0) {
                throw new TooManyRequestsException("directory.tooManyLinks", field,
                        "Your company tried to link more companies than its limit (" + linksPerSecond + " a second, "
                                + Math.round(linkBurst) + " at once). Wait " + retryAfter + " s (Retry-After).",
                        retryAfter);
            }
        }
    }

    /** How long a search hit may be linked after the search. */
    public Duration hitLifetime() {
        return Duration.ofMinutes(Math.max(1, hitMinutes));
    }
}
