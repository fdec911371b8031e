package com.clientbook.services.apikey;

import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Who an API key acts for, remembered on this server for at most {@value #FRESH_MILLIS} ms, so that an ERP's
 * requests in quick succession do not each read the key (a transaction and a statement of their own) before the
 * work they ask for. A key revoked or a vendor suspended on this server is forgotten at once; on another server of
 * the cluster it stops working when the remembered answer there is older than a second, counted from when that
 * answer was read from the database (docs/security.md, "API keys"). Unknown and revoked keys are never remembered,
 * so guessing keys fills nothing and a refused key is asked for again every time.
 *
 * <p>Keyed by the secret's hash, as the database keys it: the secrets themselves are not kept.
 */
@ApplicationScoped
public class ApiKeyCache {

    /** The longest a remembered answer is used: the bound on how long a key revoked elsewhere keeps working. */
    static final long FRESH_MILLIS = 1_000;
    /** Far more keys than are in use within a second; beyond that, answers are not remembered until some expire. */
    static final int MAX_ENTRIES = 10_000;

    @Inject
    ApiKeyService apiKeys;

    private Function<String, Optional<Actor>> load;
    private LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    protected ApiKeyCache() {
        // for CDI
        this.nanoTime = System::nanoTime;
    }

    /** For plain tests: {@code load} reads a key's actor by its secret's hash, {@code nanoTime} is the clock. */
    ApiKeyCache(Function<String, Optional<Actor>> load, LongSupplier nanoTime) {
        this.load = load;
        this.nanoTime = nanoTime;
    }

    /** As {@link ApiKeyService#authenticate(String)}, answered from memory when this server read it less than a second ago. */
    public Optional<Actor> authenticate(String presentedSecret) {
        if (presentedSecret == null || !presentedSecret.startsWith(ApiKeyService.KEY_PREFIX)) {
            return Optional.empty();
        }
        String hash = Secrets.hash(presentedSecret);
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(hash);
        if (entry != null && now - entry.readAt() < FRESH_MILLIS * 1_000_000L) {
            return Optional.of(entry.actor());
        }
        // the time before the read: the answer is as old as the database's state it saw
        Optional<Actor> actor = load().apply(hash);
        if (actor.isPresent()) {
            remember(hash, new Entry(actor.get(), now), now);
        } else {
            entries.remove(hash);
        }
        return actor;
    }

    /** Forgets a key (revoked on this server): from the next request on it is read again. */
    public void forget(String secretHash) {
        entries.remove(secretHash);
    }

    /** Forgets every key of a vendor (suspended on this server). */
    public void forgetVendor(long vendorId) {
        entries.values().removeIf(entry -> entry.actor().companyId() == vendorId);
    }

    private void remember(String hash, Entry entry, long now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(old -> now - old.readAt() >= FRESH_MILLIS * 1_000_000L);
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        entries.put(hash, entry);
    }

    private Function<String, Optional<Actor>> load() {
        if (load == null) {
            load = apiKeys::authenticateHash;
        }
        return load;
    }

    private record Entry(Actor actor, long readAt) {
    }
}
