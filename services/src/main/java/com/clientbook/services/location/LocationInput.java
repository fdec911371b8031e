package com.clientbook.services.location;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** What a customer describes of one delivery location. Blanks around typed values carry no meaning. */
public record LocationInput(
        @NotBlank(message = "{location.name.required}")
        @Size(max = DeliveryLocation.NAME_MAX, message = "{location.name.size}")
        String name,

        @Size(max = Address.STREET_MAX, message = "{address.street.size}")
        String street,

        @Size(max = Address.POSTAL_CODE_MAX, message = "{address.postalCode.size}")
        String postalCode,

        @Size(max = Address.CITY_MAX, message = "{address.city.size}")
        String city,

        @KnownCountry
        String country,

        @Size(max = DeliveryLocation.INSTRUCTIONS_MAX, message = "{location.instructions.size}")
        String deliveryInstructions,

        @Size(max = Company.PHONE_MAX, message = "{phone.size}")
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
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        deliveryInstructions = Text.trimToNull(deliveryInstructions);
        contactPhone = Text.trimToNull(contactPhone);
        externalId = Text.trimToNull(externalId);
        receivingHours = receivingHours == null ? List.of() : List.copyOf(receivingHours);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
