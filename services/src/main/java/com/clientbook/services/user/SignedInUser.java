package com.clientbook.services.user;

import com.clientbook.domain.user.Role;
import com.clientbook.services.shared.Actor;

/** A person whose credentials were just verified, as the security layer needs them. */
public record SignedInUser(long userId, long companyId, String companyName, Role role, String email, String displayName) {

    public Actor actor() {
        return Actor.person(userId, companyId, role, displayName + " <" + email + ">");
    }
}
