package com.clientbook.services.location;

import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.location.ReceivingWindow;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A delivery location as its company's people and its connected vendors see it. */
public record LocationView(long id, String name, String street, String postalCode, String city, String country,
                           String deliveryInstructions, String contactPhone, String externalId,
                           List<ReceivingWindow> receivingHours, boolean isDefault, Instant createdAt, long version)
        implements Serializable {

    static LocationView of(DeliveryLocation location) {
        var address = location.address();
        return new LocationView(location.id(), location.name(), address.street(), address.postalCode(), address.city(),
                address.country(), location.deliveryInstructions(), location.contactPhone(), location.externalId(),
                location.receivingHours(), location.isDefault(), location.createdAt(), location.version());
    }
}
