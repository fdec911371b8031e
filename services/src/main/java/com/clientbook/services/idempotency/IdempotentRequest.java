package com.clientbook.services.idempotency;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One creating request as idempotency sees it: the caller's key, what it asks for ({@code operation}, e.g.
 * "POST /customers") and its body in a canonical form, so that the same request sent twice hashes the same.
 */
public record IdempotentRequest(String key, String operation, String canonicalBody) {

    public static final int KEY_MAX = 200;

    /** Refuses a blank key or one longer than {@value #KEY_MAX} characters, naming the header. */
    public IdempotentRequest {
        key = Text.trimToNull(key);
        if (key == null || key.length() > KEY_MAX) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(IdempotentRequests.HEADER,
                    "Give an Idempotency-Key of 1 to " + KEY_MAX + " characters, or none.")));
        }
    }

    /** SHA-256 of operation and body: a key sent again with another body or to another operation does not match. */
    String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((operation + "\n" + canonicalBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
