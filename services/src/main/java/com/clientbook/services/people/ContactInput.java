package com.clientbook.services.people;

import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.FirstName;
import com.clientbook.domain.user.KnownTimeZone;
import com.clientbook.domain.user.LastName;
import com.clientbook.domain.user.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a person says of themselves. A different {@code email} is a request to change the address, which takes effect
 * once the link sent to it is used.
 */
public record ContactInput(
        @FirstName
        String firstName,

        @LastName
        String lastName,

        @NotBlank(message = "{email.required}")
        @EmailAddress
        String email,

        @Pattern(regexp = User.LANGUAGE_PATTERN, message = "{user.language.invalid}")
        String language,

        @KnownTimeZone
        String timeZone,

        @Size(max = User.PHONE_MAX, message = "{user.officePhone.size}")
        String officePhone) implements Serializable {

    public ContactInput {
        firstName = Text.trimToNull(firstName);
        lastName = Text.trimToNull(lastName);
        email = Text.trimToNull(email);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        timeZone = Text.trimToNull(timeZone);
        officePhone = Text.trimToNull(officePhone);
    }
}
