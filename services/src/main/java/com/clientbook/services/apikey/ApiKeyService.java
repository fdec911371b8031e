package com.clientbook.services.apikey;

import com.clientbook.domain.apikey.ApiKey;
import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.persistence.apikey.ApiKeyRepository;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.shared.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Vendors' API keys: their admins list, issue and revoke them; every API call is recognised by one. Platform admins
 * manage the platform's keys the same way (keys of the operator company, for the platform API). Keys are
 * the vendor's keys to its data, so only vendor admins manage them, and every issue and revocation is in the
 * vendor company's history.
 */
@Stateless
public class ApiKeyService {

    /** Marks Clientbook keys, so a leaked one is recognisable in logs and by secret scanners. */
    static final String KEY_PREFIX = "cb_";

    static final String ISSUED = "API_KEY_ISSUED";
    static final String REVOKED = "API_KEY_REVOKED";
    private static final String MANAGE = "manage API keys";

    @Inject
    ApiKeyRepository keys;

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    ApiKeyCache cache;

    /**
     * Who a presented key acts for, if the key exists, is not revoked and its vendor is not suspended: the vendor, or,
     * for a key of the platform operator company (a platform key), the platform administration.
     */
    public Optional<Actor> authenticate(String presentedSecret) {
        if (presentedSecret == null || !presentedSecret.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return authenticateHash(Secrets.hash(presentedSecret));
    }

    /**
     * As {@link #authenticate(String)}, for the key whose secret has this hash. The API asks it through
     * {@link ApiKeyCache}.
     */
    public Optional<Actor> authenticateHash(String secretHash) {
        return keys.findBySecretHash(secretHash)
                .filter(ApiKey::isActive)
                .filter(key -> !key.vendor().isSuspended())
                .map(key -> {
                    boolean platform = key.vendor().isPlatformOperator();
                    String label = new ApiKeyActorLabel(key.name(), key.prefix(), platform).stored();
                    return platform
                            ? new Actor(null, key.vendor().id(), Role.PLATFORM_ADMIN, label)
                            : Actor.apiKey(key.vendor().id(), label);
                });
    }

    /** The keys of the admin's vendor, revoked ones included, newest first. */
    public List<ApiKeyView> list(Actor actor) {
        return keys.listOfVendor(vendorOfAdmin(actor)).stream().map(ApiKeyView::of).toList();
    }

    /** Issues a new key for the admin's vendor; the answer holds the secret, which is never shown again. */
    public IssuedApiKey issue(Actor actor, NewApiKey input) {
        Company vendor = companies.get(vendorOfAdmin(actor));
        validation.check(input);
        IssuedApiKey issued = issue(vendor, Text.trimToNull(input.name()), KEY_PREFIX + Secrets.newToken());
        audit.record(AuditEvent.onCompany(vendor.id(), actor.label(), ISSUED, "apiKey",
                issued.name() + " (" + issued.prefix() + "…)", clock.instant()));
        return issued;
    }

    /**
     * Revokes a key of the admin's vendor: from now on it authenticates nobody (on another server of a cluster, within
     * a second: {@link ApiKeyCache}). Another vendor's key is "not found";
     * revoking a revoked key changes nothing.
     */
    public ApiKeyView revoke(Actor actor, long keyId) {
        ApiKey key = keys.getOfVendor(vendorOfAdmin(actor), keyId);
        Instant now = clock.instant();
        if (key.revoke(now)) {
            audit.record(AuditEvent.onCompany(key.vendor().id(), actor.label(), REVOKED, "apiKey", key.label(), now));
        }
        // this server stops accepting it at once; the others within ApiKeyCache's second
        cache.forget(key.secretHash());
        return ApiKeyView.of(key);
    }

    /** Stores a key with a secret chosen by the caller: the demo data's keys are known in advance. */
    public IssuedApiKey issue(Company vendor, String name, String secret) {
        String prefix = secret.substring(0, Math.min(secret.length(), 10));
        ApiKey key = keys.add(new ApiKey(vendor, name, prefix, Secrets.hash(secret), clock.instant()));
        keys.flush();
        return new IssuedApiKey(key.id(), key.name(), prefix, secret);
    }

    /** A vendor admin manages the vendor's keys; a platform admin the platform's keys, held by the operator company. */
    private static long vendorOfAdmin(Actor actor) {
        if (actor.role() == Role.PLATFORM_ADMIN && actor.userId() != null) {
            return actor.platformAdminOf(MANAGE);
        }
        return actor.vendorAdminOf(MANAGE);
    }
}
