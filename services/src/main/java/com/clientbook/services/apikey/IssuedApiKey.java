package com.clientbook.services.apikey;

/** A new API key with its secret: the only moment the secret can be read. */
public record IssuedApiKey(long id, String name, String prefix, String secret) {
}
