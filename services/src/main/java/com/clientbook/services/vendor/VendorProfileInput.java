package com.clientbook.services.vendor;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a vendor admin says of the company to its customers. The language is the language of the e-mails sent for the
 * vendor; the reply-to address is where customers' answers to them go. Blanks around typed values carry no meaning.
 */
public record VendorProfileInput(
        @NotBlank(message = "{company.name.required}")
        @Size(max = Company.NAME_MAX, message = "{company.name.size}")
        String name,

        @Size(max = Address.STREET_MAX, message = "{address.street.size}")
        String street,

        @Size(max = Address.POSTAL_CODE_MAX, message = "{address.postalCode.size}")
        String postalCode,

        @Size(max = Address.CITY_MAX, message = "{address.city.size}")
        String city,

        @KnownCountry
        String country,

        @Size(max = Company.PHONE_MAX, message = "{phone.size}")
        String phone,

        @Email(message = "{email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String email,

        @Size(max = Company.WEBSITE_MAX, message = "{company.website.size}")
        @Pattern(regexp = Company.WEBSITE_PATTERN, message = "{company.website.invalid}")
        String website,

        @Size(max = Company.ABOUT_MAX, message = "{company.about.size}")
        String about,

        @Email(message = "{email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String replyTo,

        @Pattern(regexp = Company.LANGUAGE_PATTERN, message = "{company.language.invalid}")
        String language) implements Serializable {

    public VendorProfileInput {
        name = Text.trimToNull(name);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        phone = Text.trimToNull(phone);
        email = Text.trimToNull(email);
        website = Company.normaliseWebsite(website);
        about = Text.trimToNull(about);
        replyTo = Text.trimToNull(replyTo);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
