package com.clientbook.web.security;

import com.clientbook.domain.user.Role;
import com.clientbook.services.shared.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Optional;

/** The person signed in for this request, as the pages and their backing beans need them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    private Optional<ClientbookPrincipal> principal;

    /**
     * Who is signed in. Only a found person is remembered for the rest of the request: the sign-in request asks
     * (the layout's menu does) before it signs the person in, and must see them afterwards to send them home.
     */
    public Optional<ClientbookPrincipal> principal() {
        if (principal == null || principal.isEmpty()) {
            principal = securityContext.getPrincipalsByType(ClientbookPrincipal.class).stream().findFirst();
        }
        return principal;
    }

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    /** Who acts in the services; only for pages that require a signed-in person. */
    public Actor actor() {
        return signedIn().actor();
    }

    public String getDisplayName() {
        return principal().map(ClientbookPrincipal::displayName).orElse("");
    }

    public String getCompanyName() {
        return principal().map(ClientbookPrincipal::companyName).orElse("");
    }

    public boolean isVendor() {
        return principal().map(p -> p.role().isVendorSide()).orElse(false);
    }

    /** Vendor admins alone manage their vendor's API keys. */
    public boolean isVendorAdmin() {
        return principal().map(p -> p.role() == Role.VENDOR_ADMIN).orElse(false);
    }

    public boolean isCustomer() {
        return principal().map(p -> p.role().isCustomerSide()).orElse(false);
    }

    /** Customer admins keep their company's data; buyers read it. */
    public boolean isCustomerAdmin() {
        return principal().map(p -> p.role() == Role.CUSTOMER_ADMIN).orElse(false);
    }

    public boolean isPlatformAdmin() {
        return principal().map(p -> p.role() == Role.PLATFORM_ADMIN).orElse(false);
    }

    /** The page a person starts on after signing in, by role. */
    public String homePage() {
        Role role = signedIn().role();
        if (role.isVendorSide()) {
            return "/vendor/customers.xhtml";
        }
        if (role.isCustomerSide()) {
            return "/customer/home.xhtml";
        }
        return "/admin/home.xhtml";
    }

    private ClientbookPrincipal signedIn() {
        return principal().orElseThrow(() -> new IllegalStateException("Nobody is signed in for this request"));
    }
}
