package com.clientbook.services.people;

import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;

import java.io.Serializable;
import java.time.Instant;

/** A person of the company as the people page shows them. */
public record PersonView(long id, String email, String firstName, String lastName, String displayName, Role role,
                         UserStatus status, Instant lastSignInAt) implements Serializable {

    static PersonView of(User user) {
        return new PersonView(user.id(), user.email(), user.firstName(), user.lastName(), user.displayName(), user.role(),
                user.status(), user.lastSignInAt());
    }
}
