package com.clientbook.services.invitation;

import com.clientbook.domain.company.CompanyName;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.FirstName;
import com.clientbook.domain.user.LastName;
import jakarta.validation.constraints.NotBlank;

/**
 * What a person without an account gives to accept an invitation: their company's name (not asked when the vendor
 * invited a customer it created, whose company exists), their name and a password. The e-mail address is the
 * invitation's.
 */
public record Registration(
        @CompanyName
        String companyName,

        @NotBlank(message = "{invitation.firstName.required}")
        @FirstName
        String firstName,

        @NotBlank(message = "{invitation.lastName.required}")
        @LastName
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
