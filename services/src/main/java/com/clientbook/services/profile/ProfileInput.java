package com.clientbook.services.profile;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.City;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.CompanyName;
import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.company.PhoneNumber;
import com.clientbook.domain.company.PostalCode;
import com.clientbook.domain.company.Street;
import com.clientbook.domain.company.VatId;
import com.clientbook.domain.shared.Text;
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
        @CompanyName
        String name,

        @Size(max = Company.LEGAL_NAME_MAX, message = "{company.legalName.size}")
        String legalName,

        @Pattern(regexp = VatId.PATTERN, message = "{company.vatId.malformed}")
        String vatId,

        @Size(max = Company.INDUSTRY_MAX, message = "{company.industry.size}")
        String industry,

        @Pattern(regexp = Company.LANGUAGE_PATTERN, message = "{company.language.invalid}")
        String language,

        @Street
        String street,

        @PostalCode
        String postalCode,

        @City
        String city,

        @KnownCountry
        String country,

        @EmailAddress
        String email,

        @PhoneNumber
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
        country = Address.countryCode(country);
        email = Text.trimToNull(email);
        phone = Text.trimToNull(phone);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
