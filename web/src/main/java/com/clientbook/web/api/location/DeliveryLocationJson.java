package com.clientbook.web.api.location;

import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.services.location.LocationView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A customer's delivery location as the vendor's systems read it. */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "isDefault", "street", "postalCode", "city", "country", "deliveryInstructions",
        "contactPhone", "externalId", "receivingHours"})
@Schema(name = "DeliveryLocation", description = "A place where the customer takes deliveries; kept by the customer")
public record DeliveryLocationJson(
        long id,
        String name,
        @Schema(description = "Exactly one of a customer's locations is the default") boolean isDefault,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(nullable = true, description = "ISO 3166 two-letter code") String country,
        @Schema(nullable = true) String deliveryInstructions,
        @Schema(nullable = true) String contactPhone,
        @Schema(nullable = true, description = "The customer's own id for the place") String externalId,
        @Schema(type = SchemaType.ARRAY, implementation = Window.class,
                description = "When goods are taken; empty when the customer gave no hours") List<Window> receivingHours) {

    @JsonbPropertyOrder({"day", "opens", "closes"})
    @Schema(name = "ReceivingWindow")
    public record Window(
            @Schema(description = "MONDAY … SUNDAY") String day,
            @Schema(description = "Local time, HH:mm", example = "06:00") String opens,
            @Schema(description = "Local time, HH:mm", example = "09:30") String closes) {

        static Window of(ReceivingWindow window) {
            return new Window(window.day().name(), window.opens().toString(), window.closes().toString());
        }
    }

    static DeliveryLocationJson of(LocationView location) {
        return new DeliveryLocationJson(location.id(), location.name(), location.isDefault(), location.street(),
                location.postalCode(), location.city(), location.country(), location.deliveryInstructions(),
                location.contactPhone(), location.externalId(),
                location.receivingHours().stream().map(Window::of).toList());
    }
}
