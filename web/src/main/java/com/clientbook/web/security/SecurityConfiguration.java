package com.clientbook.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people sign in to the pages: a Faces login form whose backing bean hands the credentials to Jakarta
 * Security, which checks them with {@link ClientbookIdentityStore}. Which pages need which role is in
 * {@code web.xml}. The JAX-RS API under {@code /api} is not protected here: it checks API keys itself.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.VENDOR_ADMIN, Roles.VENDOR_STAFF, Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_BUYER})
public class SecurityConfiguration {
}
