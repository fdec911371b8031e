package com.clientbook.web.security;

import com.clientbook.services.user.AccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * Checks an e-mail address and password with {@link AccountService#signIn}; the person's role becomes their
 * one group. Every failure answers the same, so nobody learns whether an address has an account.
 */
@ApplicationScoped
public class ClientbookIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.signIn(login.getCaller(), login.getPasswordAsString())
                .map(user -> new CredentialValidationResult(new ClientbookPrincipal(user), Set.of(user.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
