package com.clientbook.services.webhook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification's reference libraries. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY));
    }

    @Test
    void aTamperedBodyOrTimestampFailsVerification() {
        String header = WebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY);
        assertTrue(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY.replace('2', '3'), header));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, header));
        assertFalse(WebhookSignature.verify(WebhookSignature.newSecret(), ID, TIMESTAMP, BODY, header));
    }

    @Test
    void duringARotationBothSecretsVerify() {
        String next = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(next, SECRET), ID, TIMESTAMP, BODY);
        assertEquals(2, header.split(" ").length);
        assertTrue(WebhookSignature.verify(next, ID, TIMESTAMP, BODY, header));
        assertTrue(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header));
    }

    @Test
    void aNewSecretIsWhsecAnd32RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, java.util.Base64.getDecoder().decode(secret.substring(6)).length);
    }
}
