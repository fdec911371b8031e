package com.clientbook.web.api.webhook;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The endpoint's latest deliveries, newest first. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "WebhookDeliveryPage", description = "The endpoint's latest 50 deliveries, newest first")
public record WebhookDeliveryPageJson(
        @Schema(type = SchemaType.ARRAY, implementation = WebhookDeliveryJson.class) List<WebhookDeliveryJson> items,
        int page, int size, @Schema(type = SchemaType.INTEGER, format = "int64") long totalItems) {
}
