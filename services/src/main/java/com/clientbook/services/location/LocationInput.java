package com.clientbook.services.location;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.City;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.company.PhoneNumber;
import com.clientbook.domain.company.PostalCode;
import com.clientbook.domain.company.Street;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** What a customer describes of one delivery location. Blanks around typed values carry no meaning. */
public record LocationInput(
        @NotBlank(message = "{location.name.required}")
        @Size(max = DeliveryLocation.NAME_MAX, message = "{location.name.size}")
        String name,

        @Street
        String street,

        @PostalCode
        String postalCode,

        @City
        String city,

        @KnownCountry
        String country,

        @Size(max = DeliveryLocation.INSTRUCTIONS_MAX, message = "{location.instructions.size}")
        String deliveryInstructions,

        @PhoneNumber
        String contactPhone,

        @Size(max = DeliveryLocation.EXTERNAL_ID_MAX, message = "{location.externalId.size}")
        String externalId,

        /** When the place takes goods; none means "not said". */
        List<ReceivingWindow> receivingHours) implements Serializable {

    public LocationInput {
        name = Text.trimToNull(name);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = Address.countryCode(country);
        deliveryInstructions = Text.trimToNull(deliveryInstructions);
        contactPhone = Text.trimToNull(contactPhone);
        externalId = Text.trimToNull(externalId);
        receivingHours = receivingHours == null ? List.of() : List.copyOf(receivingHours);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
