package com.clientbook.services.invitation;

import com.clientbook.domain.outbox.MailStatus;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail status of invitations, read from the outbox: queued, retrying while the mail server cannot be reached,
 * sent, given up; and never for another vendor's invitation.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationMailStatusIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    InvitationService invitations;

    @Inject
    TestData data;

    @Test
    void anInvitationSaysWhetherItsEmailIsQueuedRetryingSentOrGivenUp() {
        Actor vendor = data.newVendorAdmin();
        String email = "mail-" + UUID.randomUUID() + "@status.example";
        long id = invitations.invite(vendor, new NewInvitation(email, "Mia", "Mail", null, null, List.of(), false)).id();

        data.outboxToAddress(email, 0, false);
        assertEquals(Map.of(id, MailStatus.QUEUED), invitations.mailStatuses(vendor, List.of(id)));
        data.outboxToAddress(email, 3, false);
        assertEquals(Map.of(id, MailStatus.RETRYING), invitations.mailStatuses(vendor, List.of(id)), "SMTP down: retrying");
        data.outboxToAddress(email, 20, false);
        assertEquals(Map.of(id, MailStatus.GAVE_UP), invitations.mailStatuses(vendor, List.of(id)));
        data.outboxToAddress(email, 4, true);
        assertEquals(Map.of(id, MailStatus.SENT), invitations.mailStatuses(vendor, List.of(id)));

        assertTrue(invitations.mailStatuses(data.newVendorAdmin(), List.of(id)).isEmpty(), "another vendor reads nothing");
    }
}
