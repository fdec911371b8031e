package com.clientbook.services.platform;

import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A new vendor: its company data and its first admin, who gets an e-mail to choose a password. Errors name the
 * company's fields as they are (the service checks the company's data on its own, so the names stay flat) ({@code name}, {@code email}…) and the admin's as {@code adminFirstName},
 * {@code adminLastName}, {@code adminEmail}.
 */
public record NewVendor(
        @NotNull
        VendorData company,

        @NotBlank(message = "{person.firstName.required}")
        @Size(max = User.NAME_MAX, message = "{person.name.size}")
        String adminFirstName,

        @NotBlank(message = "{person.lastName.required}")
        @Size(max = User.NAME_MAX, message = "{person.name.size}")
        String adminLastName,

        @NotBlank(message = "{email.required}")
        @EmailAddress
        String adminEmail) implements Serializable {

    public NewVendor {
        adminFirstName = Text.trimToNull(adminFirstName);
        adminLastName = Text.trimToNull(adminLastName);
        adminEmail = Text.trimToNull(adminEmail);
    }
}
