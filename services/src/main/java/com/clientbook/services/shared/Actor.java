package com.clientbook.services.shared;

import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;

import java.util.Objects;

/**
 * Who is acting: a signed-in person or a vendor's API key. Every service method takes one and decides
 * from it what the caller may see and change; the company id is the tenant boundary.
 *
 * @param userId    the person, or {@code null} for an API key
 * @param companyId the company the person or key belongs to
 * @param role      the person's role; API keys act with the rights of vendor staff
 * @param label     how the actor is named in the history, e.g. "Anna Meier &lt;anna@example.com&gt;"
 */
public record Actor(Long userId, long companyId, Role role, String label) {

    public Actor {
        Objects.requireNonNull(role);
        Objects.requireNonNull(label);
    }

    public static Actor person(long userId, long companyId, Role role, String label) {
        return new Actor(userId, companyId, role, label);
    }

    public static Actor apiKey(long vendorId, String label) {
        return new Actor(null, vendorId, Role.VENDOR_STAFF, label);
    }

    /** The vendor on whose behalf this actor works; refuses anyone who does not work for a vendor. */
    public long vendorId(String action) {
        if (!role.isVendorSide()) {
            throw new NotPermittedException(action);
        }
        return companyId;
    }

    /** The vendor this actor administers; refuses vendor staff, API keys and anyone who does not work for a vendor. */
    public long vendorAdminOf(String action) {
        if (role != Role.VENDOR_ADMIN) {
            throw new NotPermittedException(action);
        }
        return companyId;
    }

    /** The customer company this actor administers; refuses buyers and anyone who does not work for a customer. */
    public long customerAdminOf(String action) {
        if (role != Role.CUSTOMER_ADMIN) {
            throw new NotPermittedException(action);
        }
        return companyId;
    }

    /** The customer company this actor belongs to; refuses anyone who does not work for a customer. */
    public long customerCompanyId(String action) {
        if (!role.isCustomerSide()) {
            throw new NotPermittedException(action);
        }
        return companyId;
    }
}
