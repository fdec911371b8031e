package com.clientbook.domain.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(1, "msg_1", "customer.created", 7L, "{}", T0);
    }

    @Test
    void aSuccessEndsTheDelivery() {
        WebhookDelivery delivery = delivery();
        assertFalse(delivery.attempted(204, null, T0, () -> 0.5));
        assertEquals(WebhookDelivery.Status.DELIVERED, delivery.status());
    }

    @Test
    void timeoutsServerErrorsAnd429AreRetriedOtherAnswersAreNot() {
        for (Integer status : new Integer[] {null, 500, 503, 429}) {
            WebhookDelivery delivery = delivery();
            assertTrue(delivery.attempted(status, null, T0, () -> 0.5));
            assertEquals(WebhookDelivery.Status.PENDING, delivery.status(), String.valueOf(status));
        }
        for (Integer status : new Integer[] {400, 401, 404, 410, 301}) {
            WebhookDelivery delivery = delivery();
            assertTrue(delivery.attempted(status, null, T0, () -> 0.5));
            assertEquals(WebhookDelivery.Status.FAILED, delivery.status(), String.valueOf(status));
        }
    }

    @Test
    void retriesBackOffExponentiallyWithJitterUpToSixHours() {
        assertEquals(Duration.ofSeconds(5), WebhookDelivery.retryDelay(1, () -> 0.5));
        assertEquals(Duration.ofSeconds(40), WebhookDelivery.retryDelay(4, () -> 0.5));
        assertEquals(Duration.ofMillis(3750), WebhookDelivery.retryDelay(1, () -> 0.0));
        assertEquals(Duration.ofMillis(6250), WebhookDelivery.retryDelay(1, () -> 1.0));
        assertEquals(Duration.ofHours(6), WebhookDelivery.retryDelay(30, () -> 0.5));
    }

    @Test
    void retryAfterIsHonoured() {
        WebhookDelivery delivery = delivery();
        delivery.attempted(429, Duration.ofSeconds(120), T0, () -> 0.5);
        assertEquals(T0.plusSeconds(120), delivery.nextAttemptAt());
    }

    @Test
    void afterThreeDaysADeliveryIsGivenUp() {
        WebhookDelivery delivery = delivery();
        delivery.attempted(500, null, T0.plus(Duration.ofDays(3)).minusSeconds(1), () -> 0.5);
        assertEquals(WebhookDelivery.Status.FAILED, delivery.status());
    }
}
