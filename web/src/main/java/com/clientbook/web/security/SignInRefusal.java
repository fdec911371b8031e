package com.clientbook.web.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why this request's sign-in was refused, when the refusal may say more than "wrong e-mail or password": the right
 * password of a person whose vendor the platform suspended. The identity store notes it, the sign-in page shows it.
 */
@RequestScoped
public class SignInRefusal {

    private String suspensionReason;

    void companySuspended(String reason) {
        this.suspensionReason = reason;
    }

    /** The suspension's reason, or {@code null} for every other refusal. */
    public String suspensionReason() {
        return suspensionReason;
    }
}
