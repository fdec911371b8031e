package com.clientbook.domain.order;

/** Where an order stands. Placed orders may be confirmed, cancelled or delivered; the last two are final. */
public enum OrderStatus {
    PLACED,
    CONFIRMED,
    CANCELLED,
    DELIVERED;

    /** Whether nothing changes an order in this status any more. */
    public boolean isFinal() {
        return this == CANCELLED || this == DELIVERED;
    }
}
