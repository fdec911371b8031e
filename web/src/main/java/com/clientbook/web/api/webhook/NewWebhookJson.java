package com.clientbook.web.api.webhook;

import com.clientbook.services.webhook.WebhookInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code POST /webhooks}. */
@Schema(name = "NewWebhook", description = "An endpoint to register")
public record NewWebhookJson(
        @Schema(required = true, maxLength = 2000, example = "https://erp.example.com/hooks/clientbook",
                description = "https:// and a public address") String url,
        @Schema(nullable = true, maxLength = 500) String description,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class,
                description = WebhooksResource.EVENT_TYPES) List<String> events,
        @Schema(nullable = true, defaultValue = "true") Boolean active) {

    WebhookInput toInput() {
        return new WebhookInput(url, description, events, active == null || active);
    }
}
