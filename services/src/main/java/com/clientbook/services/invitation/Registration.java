package com.clientbook.services.invitation;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person without an account gives to accept an invitation: their company's name (not asked when the vendor
 * invited a customer it created, whose company exists), their name and a password. The e-mail address is the
 * invitation's.
 */
public record Registration(
        @Size(max = Company.NAME_MAX, message = "{company.name.size}")
        String companyName,

        @NotBlank(message = "{invitation.firstName.required}")
        @Size(max = User.NAME_MAX, message = "{user.firstName.size}")
        String firstName,

        @NotBlank(message = "{invitation.lastName.required}")
        @Size(max = User.NAME_MAX, message = "{user.lastName.size}")
        String lastName,

        String password) {

    public Registration {
        companyName = Text.trimToNull(companyName);
        firstName = Text.trimToNull(firstName);
        lastName = Text.trimToNull(lastName);
    }

    @Override
    public String toString() {
        return "Registration[" + companyName + ", " + firstName + " " + lastName + "]";
    }
}
