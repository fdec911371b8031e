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
 * @param role      the person's role; API keys act with the rights of vendor staff, plus {@code restrictsCustomers}
 * @param label     how the actor is named in the history, e.g. "Anna Meier &lt;anna@example.com&gt;"
 * @param restrictsCustomers whether the actor may ban a customer, lift a ban and unlink a customer: vendor admins
 *                  and the vendor's API keys (which only its admins issue, for systems such as the ERP that keep
 *                  customers' standing), never vendor staff
 */
public record Actor(Long userId, long companyId, Role role, String label, boolean restrictsCustomers) {

    public Actor {
        Objects.requireNonNull(role);
        Objects.requireNonNull(label);
        if (restrictsCustomers && !role.isVendorSide()) {
            throw new IllegalArgumentException("Only a vendor's people and keys restrict its customers");
        }
    }

    /** An actor whose rights follow from the role alone: of vendor people, only admins restrict customers. */
    public Actor(Long userId, long companyId, Role role, String label) {
        this(userId, companyId, role, label, role == Role.VENDOR_ADMIN);
    }

    public static Actor person(long userId, long companyId, Role role, String label) {
        return new Actor(userId, companyId, role, label);
    }

    /**
     * A vendor's API key: the rights of vendor staff (no team, keys or settings; webhooks, see WebhookService), and explicitly the right to
     * ban, lift a ban and unlink, which the API has offered its integrations from the start.
     */
    public static Actor apiKey(long vendorId, String label) {
        return new Actor(null, vendorId, Role.VENDOR_STAFF, label, true);
    }

    /** The vendor on whose behalf this actor works; refuses anyone who does not work for a vendor. */
    public long vendorId(String action) {
        if (!role.isVendorSide()) {
            throw new NotPermittedException(action);
        }
        return companyId;
    }

    /**
     * The vendor on whose behalf this actor bans a customer, lifts a ban or unlinks a customer: vendor admins and the
     * vendor's API keys; vendor staff and everyone else are refused.
     */
    public long vendorIdToRestrictCustomers(String action) {
        long vendorId = vendorId(action);
        if (!restrictsCustomers) {
            throw new NotPermittedException(action);
        }
        return vendorId;
    }

    /** The vendor this actor administers; refuses vendor staff, API keys and anyone who does not work for a vendor. */
    public long vendorAdminOf(String action) {
        if (role != Role.VENDOR_ADMIN) {
            throw new NotPermittedException(action);
        }
        return companyId;
    }

    /** The operator company of the platform this admin runs; refuses everyone but platform admins. */
    public long platformAdminOf(String action) {
        if (role != Role.PLATFORM_ADMIN) {
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
