package com.clientbook.web.api.webhook;

import com.clientbook.services.webhook.WebhookDeliveryView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One event's delivery to the endpoint, with its attempts. */
@JsonbNillable
@JsonbPropertyOrder({"id", "messageId", "type", "status", "attempts", "createdAt", "nextAttemptAt", "finishedAt", "attemptList"})
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryJson(
        long id,
        @Schema(description = "The webhook-id header: the same on every endpoint and resend of one event") String messageId,
        String type,
        @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
        int attempts,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant nextAttemptAt,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant finishedAt,
        @Schema(type = SchemaType.ARRAY, implementation = WebhookAttemptJson.class) List<WebhookAttemptJson> attemptList) {

    static WebhookDeliveryJson of(WebhookDeliveryView view) {
        return new WebhookDeliveryJson(view.id(), view.messageId(), view.eventType(), view.status(), view.attempts(),
                view.createdAt(), view.nextAttemptAt(), view.finishedAt(),
                view.attemptList().stream().map(WebhookAttemptJson::of).toList());
    }

    /** One attempt: when, the answer's status (null: timeout or no connection), how long, the answer's first KB. */
    @JsonbNillable
    @Schema(name = "WebhookAttempt")
    public record WebhookAttemptJson(@Schema(type = SchemaType.STRING, format = "date-time") Instant at,
                                     @Schema(nullable = true) Integer statusCode, int durationMillis,
                                     @Schema(nullable = true) String answer) {

        static WebhookAttemptJson of(WebhookDeliveryView.Attempt attempt) {
            return new WebhookAttemptJson(attempt.at(), attempt.statusCode(), attempt.durationMillis(), attempt.answer());
        }
    }
}
