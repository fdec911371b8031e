package com.clientbook.domain.webhook;

import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookEndpointTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private static WebhookEndpoint endpoint(boolean active) {
        return new WebhookEndpoint(Company.vendor("Alpine", "office@alpine.example", T0), "https://erp.example.com/h", null,
                List.of(WebhookEventType.ORDER_PLACED, WebhookEventType.CUSTOMER_CREATED), active, "whsec_old", T0);
    }

    @Test
    void duringTheDayAfterARotationBothSecretsSignThenOnlyTheNewOne() {
        WebhookEndpoint endpoint = endpoint(true);
        endpoint.rotateSecret("whsec_new", T0);
        assertEquals(List.of("whsec_new", "whsec_old"), endpoint.signingSecrets(T0.plus(Duration.ofHours(23))));
        assertEquals(List.of("whsec_new"), endpoint.signingSecrets(T0.plus(Duration.ofHours(24))));
    }

    @Test
    void anEndpointReceivesTheEventsItSubscribesToWhileActive() {
        assertEquals(Set.of(WebhookEventType.ORDER_PLACED, WebhookEventType.CUSTOMER_CREATED), endpoint(true).events());
        assertTrue(endpoint(true).subscribesTo(WebhookEventType.ORDER_PLACED));
        assertFalse(endpoint(true).subscribesTo(WebhookEventType.ORDER_CANCELLED));
        assertFalse(endpoint(false).subscribesTo(WebhookEventType.ORDER_PLACED));
    }

    @Test
    void onlyVendorsHaveEndpoints() {
        Company customer = Company.customer("Inn", "inn@customer.example", null, null, T0);
        assertThrows(IllegalArgumentException.class, () -> new WebhookEndpoint(customer, "https://x.example", null,
                List.of(WebhookEventType.ORDER_PLACED), true, "whsec_x", T0));
    }
}
