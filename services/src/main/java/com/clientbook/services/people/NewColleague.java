package com.clientbook.services.people;

import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.FirstName;
import com.clientbook.domain.user.LastName;
import com.clientbook.domain.user.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** Whom a customer admin invites into the company, and with which role ({@code CUSTOMER_ADMIN} or {@code CUSTOMER_BUYER}). */
public record NewColleague(
        @NotBlank(message = "{email.required}")
        @EmailAddress
        String email,

        @FirstName
        String firstName,

        @LastName
        String lastName,

        @NotNull(message = "{user.role.required}")
        Role role) implements Serializable {

    public NewColleague {
        email = Text.trimToNull(email);
        firstName = Text.trimToNull(firstName);
        lastName = Text.trimToNull(lastName);
    }
}
