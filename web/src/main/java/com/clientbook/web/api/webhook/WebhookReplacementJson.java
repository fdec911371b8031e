package com.clientbook.web.api.webhook;

import com.clientbook.services.webhook.WebhookInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /webhooks/{id}}: a type of its own (Payara's scanner and shared request bodies, docs/api-contract.md). */
@Schema(name = "WebhookReplacement", description = "All of an endpoint, anew")
public record WebhookReplacementJson(
        @Schema(required = true, maxLength = 2000, description = "https:// and a public address") String url,
        @Schema(nullable = true, maxLength = 500) String description,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class,
                description = WebhooksResource.EVENT_TYPES) List<String> events,
        @Schema(nullable = true, defaultValue = "true", description = "true activates it again after it was disabled")
        Boolean active) {

    WebhookInput toInput() {
        return new WebhookInput(url, description, events, active == null || active);
    }
}
