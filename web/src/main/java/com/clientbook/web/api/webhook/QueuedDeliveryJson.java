package com.clientbook.web.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to Resend and Send test event: the delivery now queued. */
@Schema(name = "QueuedWebhookDelivery")
public record QueuedDeliveryJson(@Schema(description = "The new delivery's id, as in the deliveries list") long deliveryId) {
}
