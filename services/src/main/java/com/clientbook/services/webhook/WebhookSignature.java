package com.clientbook.services.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signing: {@code webhook-signature} is {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>} keyed
 * with the base64 part of the {@code whsec_} secret; during a rotation one signature per secret, separated by spaces.
 */
public final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: {@code whsec_} and 32 random bytes in base64, as Standard Webhooks libraries expect. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The header value for these secrets (current first). */
    public static String header(List<String> secrets, String messageId, long timestampSeconds, String body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /** The base64 HMAC-SHA256 of {@code id.timestamp.body}. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** Whether one of the header's {@code v1} signatures is this secret's over this message (in constant time). */
    public static boolean verify(String secret, String messageId, long timestampSeconds, String body, String header) {
        byte[] expected = sign(secret, messageId, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String signature : header.split(" ")) {
            if (signature.startsWith("v1,")) {
                found |= MessageDigest.isEqual(expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return found;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
