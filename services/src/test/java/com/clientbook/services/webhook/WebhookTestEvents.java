package com.clientbook.services.webhook;

import com.clientbook.domain.webhook.WebhookEventType;
import com.clientbook.persistence.webhook.WebhookRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

/** Writes events as a change would, in a transaction of its own, for the services' webhook tests. */
@Stateless
public class WebhookTestEvents {

    @Inject
    WebhookEvents events;

    @Inject
    WebhookRepository webhooks;

    /** {@code count} customer.updated events, about {@code customers} customers in turn, each with its sequence number. */
    public void publish(long vendorId, int count, int customers) {
        for (int i = 0; i < count; i++) {
            long customer = i % customers;
            events.publish(vendorId, WebhookEventType.CUSTOMER_UPDATED, customer,
                    Json.createObjectBuilder().add("customer", customer).add("sequence", i).build());
        }
    }

    public long pending() {
        return webhooks.pending();
    }
}
