package com.clientbook.services.profile;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.company.VatId;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a customer admin says of the company, with the e-mail address and phone where its vendors reach it. Blanks around typed values carry no meaning; the VAT id is normalised
 * ({@link VatId}) before it is checked, so "de 123.456-789" is DE123456789. Industry is free text.
 */
public record ProfileInput(
        @NotBlank(message = "{company.name.required}")
        @Size(max = Company.NAME_MAX, message = "{company.name.size}")
        String name,

        @Size(max = Company.LEGAL_NAME_MAX, message = "{company.legalName.size}")
        String legalName,

        @Pattern(regexp = VatId.PATTERN, message = "{company.vatId.malformed}")
        String vatId,

        @Size(max = Company.INDUSTRY_MAX, message = "{company.industry.size}")
        String industry,

        @Pattern(regexp = Company.LANGUAGE_PATTERN, message = "{company.language.invalid}")
        String language,

        @Size(max = Address.STREET_MAX, message = "{address.street.size}")
        String street,

        @Size(max = Address.POSTAL_CODE_MAX, message = "{address.postalCode.size}")
        String postalCode,

        @Size(max = Address.CITY_MAX, message = "{address.city.size}")
        String city,

        @KnownCountry
        String country,

        @Email(message = "{email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String email,

        @Size(max = Company.PHONE_MAX, message = "{phone.size}")
        String phone) implements Serializable {

    public ProfileInput {
        name = Text.trimToNull(name);
        legalName = Text.trimToNull(legalName);
        vatId = VatId.normalise(vatId);
        industry = Text.trimToNull(industry);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        email = Text.trimToNull(email);
        phone = Text.trimToNull(phone);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
