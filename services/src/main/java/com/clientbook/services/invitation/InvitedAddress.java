package com.clientbook.services.invitation;

import com.clientbook.domain.company.Company;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One address of a pasted list, checked like the e-mail of a single invitation. */
record InvitedAddress(
        @NotBlank(message = "{email.required}")
        @Email(message = "{email.invalid}")
        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String email) {
}
