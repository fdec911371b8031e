package com.clientbook.services.customer;

import com.clientbook.domain.company.City;
import com.clientbook.domain.company.CompanyName;
import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.company.PhoneNumber;
import com.clientbook.domain.company.PostalCode;
import com.clientbook.domain.company.Street;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.FirstName;
import com.clientbook.domain.user.LastName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a vendor gives to add a customer: the company, its first contact person, and optionally the
 * vendor's customer number. {@code sendInvitation} (on unless turned off) queues the set-password e-mail.
 */
public record NewCustomer(
        @NotBlank(message = "{company.name.required}")
        @CompanyName
        String companyName,

        @NotBlank(message = "{email.required}")
        @EmailAddress
        String email,

        @FirstName
        String contactFirstName,

        @LastName
        String contactLastName,

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

        @Size(max = CustomerRelationship.CUSTOMER_NUMBER_MAX, message = "{customer.customerNumber.size}")
        String customerNumber,

        Boolean sendInvitation,

        /** The vendor's labels for the customer; trimmed, blanks dropped, duplicates (ignoring case) kept once. */
        List<String> labels) {

    /** Blanks around typed values never carry meaning: " anna@example.com " is anna@example.com. */
    public NewCustomer {
        companyName = Text.trimToNull(companyName);
        email = Text.trimToNull(email);
        contactFirstName = Text.trimToNull(contactFirstName);
        contactLastName = Text.trimToNull(contactLastName);
        phone = Text.trimToNull(phone);
        street = Text.trimToNull(street);
        postalCode = Text.trimToNull(postalCode);
        city = Text.trimToNull(city);
        country = Text.trimToNull(country);
        customerNumber = Text.trimToNull(customerNumber);
        labels = labels == null ? List.of() : labels.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A customer without labels. */
    public NewCustomer(String companyName, String email, String contactFirstName, String contactLastName, String phone,
                       String street, String postalCode, String city, String country, String customerNumber,
                       Boolean sendInvitation) {
        this(companyName, email, contactFirstName, contactLastName, phone, street, postalCode, city, country,
                customerNumber, sendInvitation, List.of());
    }

    public boolean invitationWanted() {
        return sendInvitation == null || sendInvitation;
    }
}
