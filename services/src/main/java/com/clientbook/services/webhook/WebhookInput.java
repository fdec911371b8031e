package com.clientbook.services.webhook;

import com.clientbook.domain.webhook.WebhookEndpoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a vendor admin says of an endpoint: where (an https URL), what for, which events (their wire names, such as
 * {@code customer.created}), and whether it receives them now.
 */
public record WebhookInput(
        @NotBlank(message = "{webhook.url.required}")
        @Size(max = WebhookEndpoint.URL_MAX, message = "{webhook.url.size}")
        String url,
        @Size(max = WebhookEndpoint.DESCRIPTION_MAX, message = "{webhook.description.size}")
        String description,
        List<String> events,
        boolean active) {
}
