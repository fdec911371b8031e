package com.clientbook.services.invitation;

import com.clientbook.domain.invitation.Invitation;
import com.clientbook.persistence.invitation.InvitationRepository;
import com.clientbook.services.shared.ScheduledWork;
import com.clientbook.services.webhook.WebhookEvents;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Announces expired invitations to the vendor's webhooks ({@code invitation.expired}). An invitation's expiry is read
 * from the clock, so nothing changes when it passes; this job, every minute on every server, writes each expired
 * link's event once, in the transaction that marks the invitation as announced ({@code SKIP LOCKED}: two servers
 * share the work, neither writes an event twice). The timer survives a database outage ({@link ScheduledWork}).
 */
@Singleton
@Startup
public class InvitationExpiry {

    private static final Logger LOG = Logger.getLogger(InvitationExpiry.class.getName());

    /** Invitations announced per transaction; the job goes on until none is left. */
    static final int BATCH = 500;

    @Inject
    InvitationRepository invitations;

    @Inject
    WebhookEvents webhookEvents;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private ScheduledWork schedule;

    @PostConstruct
    void prepare() {
        schedule = new ScheduledWork("Announcing expired invitations", LOG, clock);
    }

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        schedule.run(() -> {
            InvitationExpiry self = context.getBusinessObject(InvitationExpiry.class);
            while (self.announceExpired() == BATCH) {
                // more are waiting: another transaction
            }
        });
    }

    /**
     * One transaction: up to {@link #BATCH} expired, unannounced invitations marked and their events written.
     * Answers how many it took.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int announceExpired() {
        Instant now = clock.instant();
        var expired = invitations.expiredUnannounced(now, BATCH);
        for (Invitation invitation : expired) {
            if (invitation.announceExpiry(now)) {
                var relationship = invitation.relationship();
                webhookEvents.invitationExpired(invitation.vendor().id(),
                        relationship == null ? null : relationship.customer().id(), InvitationView.of(invitation, now));
            }
        }
        return expired.size();
    }
}
