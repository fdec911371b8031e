package com.clientbook.services.people;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** Whom a customer admin invites into the company, and with which role ({@code CUSTOMER_ADMIN} or {@code CUSTOMER_BUYER}). */
public record NewColleague(
        @NotBlank(message = "{email.required}")
        @Email(message = "{email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String email,

        @Size(max = User.NAME_MAX, message = "{user.firstName.size}")
        String firstName,

        @Size(max = User.NAME_MAX, message = "{user.lastName.size}")
        String lastName,

        @NotNull(message = "{user.role.required}")
        Role role) implements Serializable {

    public NewColleague {
        email = Text.trimToNull(email);
        firstName = Text.trimToNull(firstName);
        lastName = Text.trimToNull(lastName);
    }
}
