package com.clientbook.services.vendor;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.City;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.CompanyName;
import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.company.PhoneNumber;
import com.clientbook.domain.company.PostalCode;
import com.clientbook.domain.company.Street;
import com.clientbook.domain.shared.Text;
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
        @CompanyName
        String name,

        @Street
        String street,

        @PostalCode
        String postalCode,

        @City
        String city,

        @KnownCountry
        String country,

        @PhoneNumber
        String phone,

        @EmailAddress
        String email,

        @Size(max = Company.WEBSITE_MAX, message = "{company.website.size}")
        @Pattern(regexp = Company.WEBSITE_PATTERN, message = "{company.website.invalid}")
        String website,

        @Size(max = Company.ABOUT_MAX, message = "{company.about.size}")
        String about,

        @EmailAddress
        String replyTo,

        @Pattern(regexp = Company.LANGUAGE_PATTERN, message = "{company.language.invalid}")
        String language) implements Serializable {

    public VendorProfileInput {
        name = Text.trimToNull(name);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = Address.countryCode(country);
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
