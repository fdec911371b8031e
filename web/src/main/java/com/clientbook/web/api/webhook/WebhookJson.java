package com.clientbook.web.api.webhook;

import com.clientbook.services.webhook.WebhookView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An endpoint as the API shows it; {@code secret} only in the answer that creates it or rotates its secret. */
@JsonbNillable
@JsonbPropertyOrder({"id", "url", "description", "events", "active", "failingSince", "disabledAt", "secret", "createdAt",
        "updatedAt", "version"})
@Schema(name = "Webhook", description = "A webhook endpoint of the calling vendor")
public record WebhookJson(
        long id,
        String url,
        @Schema(nullable = true) String description,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The event types it receives")
        List<String> events,
        @Schema(description = "Whether it receives events now; false after three days of failed deliveries") boolean active,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true,
                description = "Since when every delivery has failed; null when the last one succeeded") Instant failingSince,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true,
                description = "When Clientbook disabled it for failing three days") Instant disabledAt,
        @Schema(nullable = true, description = "The signing secret (whsec_…): only in the answer to creating the "
                + "endpoint or rotating its secret, never again") String secret,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt,
        @Schema(description = "The endpoint's version, also its ETag") long version) {

    static WebhookJson of(WebhookView view) {
        return new WebhookJson(view.id(), view.url(), view.description(), view.events(), view.active(), view.failingSince(),
                view.disabledAt(), view.secret(), view.createdAt(), view.updatedAt(), view.version());
    }
}
