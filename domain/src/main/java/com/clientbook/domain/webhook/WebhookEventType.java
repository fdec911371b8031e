package com.clientbook.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint may subscribe to, by the name integrators read in the payload's {@code type}. */
public enum WebhookEventType {
    CUSTOMER_CREATED("customer.created"),
    CUSTOMER_UPDATED("customer.updated"),
    CUSTOMER_LINKED("customer.linked"),
    CUSTOMER_UNLINKED("customer.unlinked"),
    CUSTOMER_BANNED("customer.banned"),
    CUSTOMER_BAN_LIFTED("customer.ban_lifted"),
    INVITATION_ACCEPTED("invitation.accepted"),
    INVITATION_EXPIRED("invitation.expired"),
    ACCESS_REQUEST_CREATED("access_request.created"),
    DELIVERY_LOCATION_CHANGED("delivery_location.changed"),
    ORDER_PLACED("order.placed"),
    ORDER_CHANGED("order.changed"),
    ORDER_CANCELLED("order.cancelled"),
    IMPORT_FINISHED("import.finished");

    /** What "Send test event" sends; no endpoint subscribes to it, every endpoint may receive it. */
    public static final String TEST = "webhook.test";

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
