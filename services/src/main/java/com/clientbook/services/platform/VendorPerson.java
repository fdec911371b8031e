package com.clientbook.services.platform;

import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;

import java.io.Serializable;
import java.time.Instant;

/** One of a vendor's people, read-only for the platform admin, with when they last signed in. */
public record VendorPerson(long id, String name, String email, Role role, UserStatus status, Instant lastSignInAt)
        implements Serializable {

    static VendorPerson of(User user) {
        return new VendorPerson(user.id(), user.displayName(), user.email(), user.role(), user.status(), user.lastSignInAt());
    }
}
