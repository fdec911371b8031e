package com.clientbook.services.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How long an invitation's link works, from MicroProfile Config: {@code CLIENTBOOK_INVITATION_VALIDITY_DAYS}
 * (or {@code clientbook.invitation.validity-days}), 14 days unless set. Resending starts the time again.
 */
@ApplicationScoped
public class InvitationSettings {

    static final int DEFAULT_VALIDITY_DAYS = 14;

    @Inject
    @ConfigProperty(name = "clientbook.invitation.validity-days", defaultValue = "" + DEFAULT_VALIDITY_DAYS)
    int validityDays;

    public Duration validity() {
        return validityDays > 0 ? Duration.ofDays(validityDays) : Duration.ofDays(DEFAULT_VALIDITY_DAYS);
    }
}
