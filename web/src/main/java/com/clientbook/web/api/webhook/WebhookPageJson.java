package com.clientbook.web.api.webhook;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The vendor's endpoints, shaped as every list of the API (all on one page: a vendor has a handful). */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "WebhookPage", description = "The vendor's webhook endpoints, oldest first")
public record WebhookPageJson(@Schema(type = SchemaType.ARRAY, implementation = WebhookJson.class) List<WebhookJson> items,
                              int page, int size,
                              @Schema(type = SchemaType.INTEGER, format = "int64") long totalItems) {
}
