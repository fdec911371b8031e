package com.clientbook.services.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebhookTransportTest {

    @Test
    void retryAfterIsReadAsSecondsOrAsADateAndIgnoredOtherwise() {
        assertEquals(Duration.ofSeconds(120), WebhookTransport.retryAfter(Optional.of("120")));
        assertEquals(Duration.ZERO, WebhookTransport.retryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT")));
        assertNull(WebhookTransport.retryAfter(Optional.of("soon")));
        assertNull(WebhookTransport.retryAfter(Optional.empty()));
    }
}
