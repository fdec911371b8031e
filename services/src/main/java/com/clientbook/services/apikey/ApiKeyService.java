package com.clientbook.services.apikey;

import com.clientbook.domain.apikey.ApiKey;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.Role;
import com.clientbook.persistence.apikey.ApiKeyRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/** Vendors' API keys: issuing them, and recognising them on each API call. */
@Stateless
public class ApiKeyService {

    /** Marks Clientbook keys, so a leaked one is recognisable in logs and by secret scanners. */
    static final String KEY_PREFIX = "cb_";

    @Inject
    ApiKeyRepository keys;

    @Inject
    CompanyRepository companies;

    @Inject
    Clock clock;

    /** The vendor a presented key acts for, if the key exists and is not revoked. */
    public Optional<Actor> authenticate(String presentedSecret) {
        if (presentedSecret == null || !presentedSecret.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return keys.findBySecretHash(Secrets.hash(presentedSecret))
                .filter(ApiKey::isActive)
                .map(key -> Actor.apiKey(key.vendor().id(), "API key \"" + key.name() + "\" (" + key.prefix() + "…)"));
    }

    /** Issues a new key for the actor's vendor. Only vendor admins may. */
    public IssuedApiKey issue(Actor actor, String name) {
        if (actor.role() != Role.VENDOR_ADMIN) {
            throw new com.clientbook.domain.shared.NotPermittedException("issue API keys");
        }
        return issue(companies.get(actor.companyId()), name, KEY_PREFIX + Secrets.newToken());
    }

    /** Stores a key with a secret chosen by the caller: the demo data's keys are known in advance. */
    public IssuedApiKey issue(Company vendor, String name, String secret) {
        String prefix = secret.substring(0, Math.min(secret.length(), 10));
        ApiKey key = keys.add(new ApiKey(vendor, name, prefix, Secrets.hash(secret), clock.instant()));
        keys.flush();
        return new IssuedApiKey(key.id(), key.name(), prefix, secret);
    }
}
