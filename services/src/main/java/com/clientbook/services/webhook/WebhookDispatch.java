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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The senders' two short transactions around each batch of HTTP calls, which themselves run outside any transaction (a
 * slow endpoint holds no row lock and no connection): claiming a batch of due deliveries of one endpoint with a lease,
 * and recording the batch's outcomes (retry, give up, disable the endpoint and tell its admins) in one transaction.
 */
@Stateless
public class WebhookDispatch {

    /** How long a sender holds a claimed delivery: well above the 2 × 10 s an attempt can take. */
    static final Duration LEASE = Duration.ofSeconds(60);

    /** Deliveries a sender claims at once, all of one endpoint, each about another customer. */
    static final int BATCH = 50;

    /** Deliveries of one endpoint in flight (leased) at once, over all senders: about 4 senders' batches. */
    static final int PER_ENDPOINT = 4 * BATCH;

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

    /** Claims up to {@code limit} due deliveries of one endpoint; see {@link WebhookRepository#claimDue}. */
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

    /** One attempt's outcome, as a sender hands it over to be recorded. */
    public record Outcome(long deliveryId, Instant attemptedAt, long millis, WebhookTransport.Answer answer, boolean refused) {
    }

    /**
     * Records a batch's attempts in one transaction: a row per attempt for the Deliveries view, each delivery's next
     * step (done, retry later, given up), the endpoint's health (in the order the attempts were made). When the
     * endpoint has failed for three days it is disabled and its admins get an e-mail. {@code released}: deliveries the
     * sender claimed but did not try (its time for the batch ran out); their lease ends now, so they are due again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<Outcome> outcomes, List<Long> released) {
        List<Long> ids = new ArrayList<>(released);
        outcomes.forEach(outcome -> ids.add(outcome.deliveryId()));
        Map<Long, WebhookDelivery> found = new HashMap<>();
        webhooks.findDeliveries(ids).forEach(delivery -> found.put(delivery.id(), delivery));
        for (long id : released) {
            WebhookDelivery delivery = found.get(id);
            if (delivery != null && delivery.status() == WebhookDelivery.Status.PENDING) {
                delivery.lease(null);
            }
        }
        Instant now = clock.instant();
        // the endpoint's health after the batch: only the last success and the failures after it matter
        Map<Long, Boolean> succeeded = new LinkedHashMap<>();
        Map<Long, Boolean> failedSince = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            WebhookDelivery delivery = found.get(outcome.deliveryId());
            if (delivery == null || delivery.status() != WebhookDelivery.Status.PENDING) {
                continue;
            }
            WebhookTransport.Answer answer = outcome.answer();
            webhooks.add(new WebhookAttempt(delivery.id(), outcome.attemptedAt(), answer.status(), outcome.millis(),
                    answer.error() != null ? answer.error() : answer.body()));
            boolean failed;
            if (outcome.refused()) {
                delivery.attempted(null, null, now, ThreadLocalRandom.current()::nextDouble);
                delivery.abandon(now);
                failed = true;
            } else {
                failed = delivery.attempted(answer.status(), answer.retryAfter(), now, ThreadLocalRandom.current()::nextDouble);
            }
            if (failed) {
                failedSince.put(delivery.endpointId(), true);
            } else {
                succeeded.put(delivery.endpointId(), true);
                failedSince.remove(delivery.endpointId());
            }
        }
        succeeded.keySet().forEach(webhooks::endpointSucceeded);
        for (long endpointId : failedSince.keySet()) {
            if (webhooks.endpointFailed(endpointId, now)) {
                disabled(endpointId, now);
            }
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
