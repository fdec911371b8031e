package com.clientbook.domain.user;

import java.util.List;

/**
 * The three kinds of "people of a company", each with its own roles: a vendor's team (admins and staff), a customer's
 * people (admins and buyers) and the platform operator's administrators (platform admins only). The kind follows from
 * a person's role, so the operator company, a vendor-kind company in the database, still has a team of its own kind.
 * The first role of each kind is its admin role: the one that manages the people and of which one must stay active.
 */
public enum TeamKind {
    PLATFORM(Role.PLATFORM_ADMIN),
    VENDOR(Role.VENDOR_ADMIN, Role.VENDOR_STAFF),
    CUSTOMER(Role.CUSTOMER_ADMIN, Role.CUSTOMER_BUYER);

    private final List<Role> roles;

    TeamKind(Role... roles) {
        this.roles = List.of(roles);
    }

    /** The kind of people a person with this role belongs to. */
    public static TeamKind of(Role role) {
        for (TeamKind kind : values()) {
            if (kind.roles.contains(role)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No kind of people for role " + role);
    }

    /** The roles a person of this kind may hold, the admin role first. */
    public List<Role> roles() {
        return roles;
    }

    /** The role that manages the people of a company of this kind. */
    public Role adminRole() {
        return roles.get(0);
    }

    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }
}
