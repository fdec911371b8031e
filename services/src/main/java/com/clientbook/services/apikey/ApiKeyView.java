package com.clientbook.services.apikey;

import com.clientbook.domain.apikey.ApiKey;

import java.time.Instant;

/** An API key as its vendor's admins see it: never the secret, only its first characters. */
public record ApiKeyView(long id, String name, String prefix, Instant createdAt, Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.prefix(), key.createdAt(), key.revokedAt());
    }

    public boolean active() {
        return revokedAt == null;
    }
}
