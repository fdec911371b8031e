package com.clientbook.services.people;

import com.clientbook.domain.user.FormerEmail;
import com.clientbook.domain.user.User;

import java.io.Serializable;
import java.util.List;

/**
 * A person's own contact data, with the address that waits for confirmation ({@code null} when none does) and the
 * addresses they had before, oldest first.
 */
public record ContactView(String firstName, String lastName, String email, String pendingEmail, List<String> formerEmails,
                          String language, String timeZone, String officePhone, long version) implements Serializable {

    static ContactView of(User user) {
        return new ContactView(user.firstName(), user.lastName(), user.email(), user.pendingEmail(),
                user.formerEmails().stream().map(FormerEmail::email).toList(), user.language(), user.timeZone(),
                user.officePhone(), user.version());
    }
}
