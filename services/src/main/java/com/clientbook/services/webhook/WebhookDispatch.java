package com.clientbook.services.webhook;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.domain.webhook.WebhookAttempt;
import com.clientbook.domain.webhook.WebhookDelivery;
import com.clientbook.domain.webhook.WebhookEndpoint;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.persistence.webhook.WebhookRepository;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Configuration;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The senders' two short transactions around each HTTP call, which itself runs outside any transaction (a slow
 * endpoint holds no row lock and no connection): claiming due deliveries with a lease, and recording an attempt's
 * outcome (retry, give up, disable the endpoint and tell its admins).
 */
@Stateless
public class WebhookDispatch {

    /** How long a sender holds a claimed delivery: well above the 2 × 10 s an attempt can take. */
    static final Duration LEASE = Duration.ofSeconds(60);

    /** Deliveries of one endpoint in flight at once, over all senders. */
    static final int PER_ENDPOINT = 4;

    static final String DISABLED = "WEBHOOK_ENDPOINT_DISABLED";

    @Inject
    WebhookRepository webhooks;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    /** Claims up to {@code limit} due deliveries; see {@link WebhookRepository#claimDue}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ClaimedDelivery> claim(int limit) {
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : webhooks.claimDue(now, limit, PER_ENDPOINT, LEASE)) {
            webhooks.find(delivery.endpointId()).ifPresent(endpoint -> claimed.add(new ClaimedDelivery(delivery.id(),
                    endpoint.id(), endpoint.url(), endpoint.signingSecrets(now), delivery.messageId(), delivery.payload())));
        }
        return claimed;
    }

    /**
     * Records one attempt: its row for the Deliveries view, the delivery's next step (done, retry later, given up), the
     * endpoint's health. When the endpoint has failed for three days it is disabled and its admins get an e-mail.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long deliveryId, Instant attemptedAt, long millis, WebhookTransport.Answer answer, boolean refused) {
        Optional<WebhookDelivery> found = webhooks.findDelivery(deliveryId);
        if (found.isEmpty() || found.get().status() != WebhookDelivery.Status.PENDING) {
            return;
        }
        WebhookDelivery delivery = found.get();
        Instant now = clock.instant();
        webhooks.add(new WebhookAttempt(deliveryId, attemptedAt, answer.status(), millis,
                answer.error() != null ? answer.error() : answer.body()));
        boolean failed;
        if (refused) {
            delivery.attempted(null, null, now, ThreadLocalRandom.current()::nextDouble);
            delivery.abandon(now);
            failed = true;
        } else {
            failed = delivery.attempted(answer.status(), answer.retryAfter(), now, ThreadLocalRandom.current()::nextDouble);
        }
        if (!failed) {
            webhooks.endpointSucceeded(delivery.endpointId());
        } else if (webhooks.endpointFailed(delivery.endpointId(), now)) {
            disabled(delivery.endpointId(), now);
        }
    }

    private void disabled(long endpointId, Instant now) {
        WebhookEndpoint endpoint = webhooks.find(endpointId).orElseThrow();
        audit.record(AuditEvent.onCompany(endpoint.vendor().id(), "Clientbook", DISABLED, "webhook", endpoint.url(), now));
        String link = configuration.baseUrl() + "/vendor/webhooks.xhtml";
        for (User admin : users.findByCompany(endpoint.vendor())) {
            // pending admins too: an admin who has not chosen a password yet still reads mail
            if (admin.role() == Role.VENDOR_ADMIN && admin.status() != UserStatus.DISABLED) {
                outbox.queue(WebhookMails.endpointDisabled(Recipient.of(admin), endpoint.url(), link), endpoint.vendor());
            }
        }
    }
}
