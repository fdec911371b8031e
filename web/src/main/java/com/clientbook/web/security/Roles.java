package com.clientbook.web.security;

import com.clientbook.domain.user.Role;

/**
 * The security roles of the pages, named like {@link Role} so that the identity store can hand out a
 * person's role as their group and {@code glassfish-web.xml} maps each group to the role of the same name.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String VENDOR_ADMIN = "VENDOR_ADMIN";
    public static final String VENDOR_STAFF = "VENDOR_STAFF";
    public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";
    public static final String CUSTOMER_BUYER = "CUSTOMER_BUYER";

    private Roles() {
    }
}
