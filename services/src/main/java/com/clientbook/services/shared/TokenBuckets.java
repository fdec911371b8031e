package com.clientbook.services.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (an API key's hash, a vendor's id), in this node's memory: a key starts with {@code burst}
 * tokens, each request takes one, and tokens come back at {@code perSecond} up to the burst. Several nodes count
 * separately, so behind a balancer a key may make up to (nodes × limit) requests; docs/security.md says so. The API's
 * limit per key and the directory's limits per vendor both count with it.
 */
public final class TokenBuckets {

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, double burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a token for the key: 0 when there was one, otherwise how many whole seconds (at least 1) until there
     * is one again, for {@code Retry-After}.
     */
    public long take(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) / 1e9 * perSecond);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
