package com.clientbook.web.security;

import com.clientbook.services.operations.ServerMetrics;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.SignInAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Duration;
import java.util.Set;

/**
 * Checks an e-mail address and password with {@link AccountService#attemptSignIn}; the person's role becomes their
 * one group. Every failure answers the same, so nobody learns whether an address has an account, and only after the
 * delay the service asks for, which grows with failures in a row. The wait happens here, after the service's
 * transaction has ended and its EJB went back to the pool; only this request's own thread waits.
 */
@ApplicationScoped
public class ClientbookIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    SignInRefusal refusal;

    @Inject
    ServerMetrics metrics;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInAttempt attempt = accounts.attemptSignIn(login.getCaller(), login.getPasswordAsString());
        metrics.signIn(attempt.succeeded());
        if (!attempt.succeeded()) {
            pause(attempt.delay());
        }
        if (attempt.companyIsSuspended()) {
            refusal.companySuspended(attempt.suspensionReason());
        }
        return attempt.user()
                .map(user -> new CredentialValidationResult(new ClientbookPrincipal(user), Set.of(user.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
