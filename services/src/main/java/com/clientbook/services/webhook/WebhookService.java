package com.clientbook.services.webhook;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.webhook.WebhookAttempt;
import com.clientbook.domain.webhook.WebhookDelivery;
import com.clientbook.domain.webhook.WebhookEndpoint;
import com.clientbook.domain.webhook.WebhookEventType;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.webhook.WebhookRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A vendor's webhook endpoints: registered, changed, deleted and their secrets rotated by the vendor's admins or its
 * API keys (which only admins issue); another vendor's endpoint is "not found". Every URL is checked against the
 * address policy (https, no internal address) when it is given. Deliveries can be listed, resent, and a test event sent.
 */
@Stateless
public class WebhookService {

    static final String MANAGE = "manage webhooks";
    static final int DELIVERIES_SHOWN = 50;

    @Inject
    WebhookRepository webhooks;

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookEvents events;

    @Inject
    Clock clock;

    /** The event types an endpoint may subscribe to, by their wire names. */
    public static List<String> eventTypes() {
        return EnumSet.allOf(WebhookEventType.class).stream().map(WebhookEventType::wireName).toList();
    }

    public List<WebhookView> list(Actor actor) {
        return webhooks.ofVendor(vendorOf(actor)).stream().map(WebhookView::of).toList();
    }

    public WebhookView get(Actor actor, long endpointId) {
        return WebhookView.of(webhooks.get(vendorOf(actor), endpointId));
    }

    /** Registers an endpoint; the answer carries its secret, which is never shown again. */
    public WebhookView create(Actor actor, WebhookInput input) {
        Company vendor = companies.get(vendorOf(actor));
        Set<WebhookEventType> types = checked(input);
        Instant now = clock.instant();
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = webhooks.add(new WebhookEndpoint(vendor, input.url().strip(),
                Text.trimToNull(input.description()), types, input.active(), secret, now));
        webhooks.flush();
        audit.record(AuditEvent.onCompany(vendor.id(), actor.label(), "WEBHOOK_CREATED", "webhook", endpoint.url(), now));
        return WebhookView.of(endpoint).withSecret(secret);
    }

    /** Changes all of an endpoint; {@code expectedVersion} as read ({@code null}: whatever is current). */
    public WebhookView change(Actor actor, long endpointId, WebhookInput input, Long expectedVersion) {
        WebhookEndpoint endpoint = webhooks.get(vendorOf(actor), endpointId);
        requireVersion(endpoint, expectedVersion);
        Set<WebhookEventType> types = checked(input);
        Instant now = clock.instant();
        endpoint.describe(input.url().strip(), Text.trimToNull(input.description()), types, input.active(), now);
        webhooks.flush();
        audit.record(AuditEvent.onCompany(endpoint.vendor().id(), actor.label(), "WEBHOOK_CHANGED", "webhook", endpoint.url(), now));
        return WebhookView.of(endpoint);
    }

    /** Deletes an endpoint with its deliveries. */
    public void delete(Actor actor, long endpointId, Long expectedVersion) {
        WebhookEndpoint endpoint = webhooks.get(vendorOf(actor), endpointId);
        requireVersion(endpoint, expectedVersion);
        audit.record(AuditEvent.onCompany(endpoint.vendor().id(), actor.label(), "WEBHOOK_DELETED", "webhook",
                endpoint.url(), clock.instant()));
        webhooks.remove(endpoint);
    }

    /** A new secret, shown once in the answer; the former one keeps signing for 24 hours. */
    public WebhookView rotateSecret(Actor actor, long endpointId) {
        WebhookEndpoint endpoint = webhooks.get(vendorOf(actor), endpointId);
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        endpoint.rotateSecret(secret, now);
        webhooks.flush();
        audit.record(AuditEvent.onCompany(endpoint.vendor().id(), actor.label(), "WEBHOOK_SECRET_ROTATED", "webhook",
                endpoint.url(), now));
        return WebhookView.of(endpoint).withSecret(secret);
    }

    /** The endpoint's latest deliveries, newest first, each with its attempts. */
    public List<WebhookDeliveryView> deliveries(Actor actor, long endpointId) {
        WebhookEndpoint endpoint = webhooks.get(vendorOf(actor), endpointId);
        List<WebhookDelivery> deliveries = webhooks.deliveries(endpoint.id(), DELIVERIES_SHOWN);
        Map<Long, List<WebhookAttempt>> attempts = webhooks.attempts(deliveries.stream().map(WebhookDelivery::id).toList())
                .stream().collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
        return deliveries.stream().map(d -> new WebhookDeliveryView(d.id(), d.messageId(), d.eventType(),
                d.status().name(), d.attempts(), d.createdAt(), d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null,
                d.finishedAt(), d.lastStatus(), attempts.getOrDefault(d.id(), List.of()).stream()
                .map(a -> new WebhookDeliveryView.Attempt(a.attemptedAt(), a.statusCode(), a.durationMillis(), a.answer()))
                .toList())).toList();
    }

    /** Queues one delivery of the endpoint again, with the same message id; answers the new delivery's id. */
    public long resend(Actor actor, long endpointId, long deliveryId) {
        WebhookEndpoint endpoint = webhooks.get(vendorOf(actor), endpointId);
        WebhookDelivery delivery = webhooks.findDelivery(deliveryId).filter(d -> d.endpointId() == endpoint.id())
                .orElseThrow(() -> new NotFoundException("Webhook delivery", deliveryId));
        WebhookDelivery again = webhooks.add(delivery.resent(clock.instant()));
        webhooks.flush();
        return again.id();
    }

    /** Queues a {@code webhook.test} event for this endpoint alone; answers the delivery's id. */
    public long sendTestEvent(Actor actor, long endpointId) {
        WebhookEndpoint endpoint = webhooks.get(vendorOf(actor), endpointId);
        WebhookDelivery delivery = events.test(endpoint);
        webhooks.flush();
        return delivery.id();
    }

    private Set<WebhookEventType> checked(WebhookInput input) {
        validation.check(input);
        List<FieldError> errors = new ArrayList<>();
        settings.addressPolicy().refusal(input.url()).ifPresent(key ->
                errors.add(FieldError.worded("url", key, englishRefusal(key))));
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        List<String> unknown = new ArrayList<>();
        for (String name : input.events() == null ? List.<String>of() : input.events()) {
            WebhookEventType.ofWireName(name == null ? "" : name.strip()).ifPresentOrElse(types::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            errors.add(FieldError.worded("events", "webhook.events.unknown", "Unknown event types: " + unknown
                    + "; known are " + eventTypes() + ".", String.join(", ", unknown.stream().map(String::valueOf).toList())));
        } else if (types.isEmpty()) {
            errors.add(FieldError.worded("events", "webhook.events.required", "Choose at least one event."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return types;
    }

    static String englishRefusal(String key) {
        return switch (key) {
            case "webhook.url.notHttps" -> "The URL must start with https://.";
            case "webhook.url.unknownHost" -> "The URL's host name cannot be resolved.";
            case "webhook.url.internalAddress" -> "The URL leads to a loopback, private, link-local or metadata address; "
                    + "webhooks go only to public addresses.";
            default -> "Enter a complete URL, such as https://erp.example.com/hooks/clientbook.";
        };
    }

    private static void requireVersion(WebhookEndpoint endpoint, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != endpoint.version()) {
            throw new ConcurrentChangeException("Webhook endpoint", endpoint.id());
        }
    }

    /** Vendor admins, and the vendor's API keys (issued only by its admins, for the systems that receive the events). */
    private static long vendorOf(Actor actor) {
        if (actor.userId() == null && actor.restrictsCustomers()) {
            return actor.vendorId(MANAGE);
        }
        return actor.vendorAdminOf(MANAGE);
    }
}
