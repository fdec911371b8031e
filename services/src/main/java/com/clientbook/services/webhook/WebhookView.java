package com.clientbook.services.webhook;

import com.clientbook.domain.webhook.WebhookEndpoint;
import com.clientbook.domain.webhook.WebhookEventType;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An endpoint as its vendor's admins see it, without its secret. {@code secret} is filled only in the answer that
 * creates the endpoint or rotates its secret, the one time it is shown.
 */
public record WebhookView(long id, String url, String description, List<String> events, boolean active,
                          Instant failingSince, Instant disabledAt, Instant createdAt, Instant updatedAt, long version,
                          String secret) implements Serializable {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id(), endpoint.url(), endpoint.description(),
                endpoint.events().stream().map(WebhookEventType::wireName).toList(), endpoint.isActive(),
                endpoint.failingSince(), endpoint.disabledAt(), endpoint.createdAt(), endpoint.updatedAt(),
                endpoint.version(), null);
    }

    WebhookView withSecret(String shownOnce) {
        return new WebhookView(id, url, description, events, active, failingSince, disabledAt, createdAt, updatedAt,
                version, shownOnce);
    }
}
