package com.clientbook.services.apikey;

import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Secrets;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API key cache over a stand-in for the database and a hand-moved clock: a key revoked on another server (the
 * stand-in changed behind the cache's back) stops working once the remembered answer is a second old; one revoked on
 * this server at once; unknown keys are never remembered.
 */
class ApiKeyCacheTest {

    private static final String SECRET = "cb_secret-of-the-erp";
    private static final Actor VENDOR = Actor.apiKey(7, "API key \"ERP\" (cb_secret…)");

    private final Map<String, Actor> database = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ApiKeyCache cache = new ApiKeyCache(hash -> {
        reads.incrementAndGet();
        return Optional.ofNullable(database.get(hash));
    }, nanos::get);

    @Test
    void aKeyRevokedOnAnotherServerStopsWorkingWithinOneSecond() {
        database.put(Secrets.hash(SECRET), VENDOR);
        assertEquals(Optional.of(VENDOR), cache.authenticate(SECRET));

        database.clear(); // revoked on another server: this one is not told
        advanceMillis(999);
        assertEquals(Optional.of(VENDOR), cache.authenticate(SECRET), "the remembered answer, 999 ms old");
        assertEquals(1, reads.get(), "read once for both requests");

        advanceMillis(1);
        assertTrue(cache.authenticate(SECRET).isEmpty(), "a second after it was read, the key is read again: revoked");
        assertTrue(cache.authenticate(SECRET).isEmpty(), "and a refused key is never remembered");
        assertEquals(3, reads.get());
    }

    @Test
    void aKeyRevokedOnThisServerStopsWorkingAtOnce() {
        database.put(Secrets.hash(SECRET), VENDOR);
        cache.authenticate(SECRET);

        database.clear();
        cache.forget(Secrets.hash(SECRET));

        assertTrue(cache.authenticate(SECRET).isEmpty());
    }

    @Test
    void aSuspendedVendorsKeysStopWorkingAtOnceAndOtherVendorsKeysStayRemembered() {
        String other = "cb_another-vendors-key";
        Actor otherVendor = Actor.apiKey(8, "API key \"Shop\" (cb_anothe…)");
        database.put(Secrets.hash(SECRET), VENDOR);
        database.put(Secrets.hash(other), otherVendor);
        cache.authenticate(SECRET);
        cache.authenticate(other);

        database.remove(Secrets.hash(SECRET));
        cache.forgetVendor(7);

        assertTrue(cache.authenticate(SECRET).isEmpty());
        assertEquals(Optional.of(otherVendor), cache.authenticate(other));
        assertEquals(3, reads.get(), "the other vendor's key answered from memory");
    }

    @Test
    void unknownAndMalformedKeysAreAskedForEveryTimeAndNeverRemembered() {
        assertTrue(cache.authenticate("cb_guessed").isEmpty());
        assertTrue(cache.authenticate("cb_guessed").isEmpty());
        assertTrue(cache.authenticate("not-a-clientbook-key").isEmpty());
        assertTrue(cache.authenticate(null).isEmpty());

        assertEquals(2, reads.get(), "a key without cb_ is refused without a read");
        database.put(Secrets.hash("cb_guessed"), VENDOR);
        assertEquals(Optional.of(VENDOR), cache.authenticate("cb_guessed"), "issued since: known at once");
    }

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }
}
