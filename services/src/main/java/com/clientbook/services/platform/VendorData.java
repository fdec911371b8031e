package com.clientbook.services.platform;

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
 * A vendor company's data as the platform keeps it. Blanks around typed values carry no meaning; the VAT id is
 * normalised ({@link VatId}); the language is the language of the e-mails sent for the vendor.
 */
public record VendorData(
        @NotBlank(message = "{company.name.required}")
        @CompanyName
        String name,

        @Size(max = Company.LEGAL_NAME_MAX, message = "{company.legalName.size}")
        String legalName,

        @Pattern(regexp = VatId.PATTERN, message = "{company.vatId.malformed}")
        String vatId,

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

        @Pattern(regexp = Company.LANGUAGE_PATTERN, message = "{company.language.invalid}")
        String language) implements Serializable {

    public VendorData {
        name = Text.trimToNull(name);
        legalName = Text.trimToNull(legalName);
        vatId = VatId.normalise(vatId);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = Address.countryCode(country);
        phone = Text.trimToNull(phone);
        email = Text.trimToNull(email);
        website = Company.normaliseWebsite(website);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
