package com.clientbook.services.shared;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rate limit's arithmetic, on a clock the test moves. */
class TokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(10, 3, nanos::get);

    @Test
    void aKeyMakesItsBurstAtOnceThenWaitsForTheNextToken() {
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(1, buckets.take("a"), "Retry-After in whole seconds, at least 1");

        nanos.addAndGet(100_000_000); // 0.1 s: one token at 10 a second
        assertEquals(0, buckets.take("a"));
        assertEquals(1, buckets.take("a"));
    }

    @Test
    void eachKeyHasItsOwnBucketAndNoneGrowsPastTheBurst() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        assertEquals(0, buckets.take("b"), "another key is not limited");

        nanos.addAndGet(60_000_000_000L); // a minute later: full again, but only to the burst
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a"));
        }
        assertEquals(1, buckets.take("a"));
    }

    @Test
    void aSlowRateAsksForALongerWait() {
        TokenBuckets slow = new TokenBuckets(0.1, 1, nanos::get);
        assertEquals(0, slow.take("a"));
        assertEquals(10, slow.take("a"));
    }
}
