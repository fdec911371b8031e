package com.clientbook.services.customer;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.KnownCountry;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a vendor gives to add a customer: the company, its first contact person, and optionally the
 * vendor's customer number. {@code sendInvitation} (on unless turned off) queues the set-password e-mail.
 */
public record NewCustomer(
        @NotBlank(message = "{company.name.required}")
        @Size(max = Company.NAME_MAX, message = "{company.name.size}")
        String companyName,

        @NotBlank(message = "{email.required}")
        @Email(message = "{email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String email,

        @Size(max = User.NAME_MAX, message = "{user.firstName.size}")
        String contactFirstName,

        @Size(max = User.NAME_MAX, message = "{user.lastName.size}")
        String contactLastName,

        @Size(max = Company.PHONE_MAX, message = "{phone.size}")
        String phone,

        @Size(max = Address.STREET_MAX, message = "{address.street.size}")
        String street,

        @Size(max = Address.POSTAL_CODE_MAX, message = "{address.postalCode.size}")
        String postalCode,

        @Size(max = Address.CITY_MAX, message = "{address.city.size}")
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
