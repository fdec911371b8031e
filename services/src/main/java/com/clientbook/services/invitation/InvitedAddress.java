package com.clientbook.services.invitation;

import com.clientbook.domain.company.EmailAddress;
import jakarta.validation.constraints.NotBlank;

/** One address of a pasted list, checked like the e-mail of a single invitation. */
record InvitedAddress(
        @NotBlank(message = "{email.required}")
        @EmailAddress
        String email) {
}
