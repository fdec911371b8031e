package com.clientbook.services.customer;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.City;
import com.clientbook.domain.company.CompanyName;
import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.company.PhoneNumber;
import com.clientbook.domain.company.PostalCode;
import com.clientbook.domain.company.Street;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.FirstName;
import com.clientbook.domain.user.LastName;
import jakarta.validation.constraints.NotBlank;

import java.io.Serializable;
import java.util.List;

/**
 * A customer company's data as the vendor that created or imported it may correct it while nobody of the company has
 * registered (product rules 9): name, e-mail, phone, address and the contact person. The values as they will be
 * after the correction, checked like a new customer's; blanks around them carry no meaning.
 */
public record CompanyCorrection(
        @NotBlank(message = "{company.name.required}")
        @CompanyName
        String companyName,

        @NotBlank(message = "{email.required}")
        @EmailAddress
        String email,

        @PhoneNumber
        String phone,

        @Street
        String street,

        @PostalCode
        String postalCode,

        @City
        String city,

        @KnownCountry
        String country,

        @FirstName
        String contactFirstName,

        @LastName
        String contactLastName) implements Serializable {

    /** The names of the parts, as the API's merge patch and the history call them. */
    public static final List<String> FIELDS = List.of("companyName", "email", "phone", "street", "postalCode", "city",
            "country", "contactFirstName", "contactLastName");

    public CompanyCorrection {
        companyName = Text.trimToNull(companyName);
        email = Text.trimToNull(email);
        phone = Text.trimToNull(phone);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = Address.countryCode(country);
        contactFirstName = Text.trimToNull(contactFirstName);
        contactLastName = Text.trimToNull(contactLastName);
    }

    /** One part by its name in {@link #FIELDS}. */
    public String value(String field) {
        return switch (field) {
            case "companyName" -> companyName;
            case "email" -> email;
            case "phone" -> phone;
            case "street" -> street;
            case "postalCode" -> postalCode;
            case "city" -> city;
            case "country" -> country;
            case "contactFirstName" -> contactFirstName;
            case "contactLastName" -> contactLastName;
            default -> throw new IllegalArgumentException("No such part of a company correction: " + field);
        };
    }

    /** This correction with one part replaced ({@code null} clears it). */
    public CompanyCorrection with(String field, String value) {
        return new CompanyCorrection(
                "companyName".equals(field) ? value : companyName, "email".equals(field) ? value : email,
                "phone".equals(field) ? value : phone, "street".equals(field) ? value : street,
                "postalCode".equals(field) ? value : postalCode, "city".equals(field) ? value : city,
                "country".equals(field) ? value : country,
                "contactFirstName".equals(field) ? value : contactFirstName,
                "contactLastName".equals(field) ? value : contactLastName);
    }

    Address address() {
        return new Address(street, postalCode, city, country);
    }
}
