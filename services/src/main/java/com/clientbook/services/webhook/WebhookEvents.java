package com.clientbook.services.webhook;

import com.clientbook.domain.webhook.WebhookDelivery;
import com.clientbook.domain.webhook.WebhookEndpoint;
import com.clientbook.domain.webhook.WebhookEventType;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.customer.FunnelFacts;
import com.clientbook.persistence.customer.NewCustomerRow;
import com.clientbook.persistence.webhook.WebhookBulkWriter;
import com.clientbook.persistence.webhook.WebhookRepository;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import jakarta.annotation.Resource;
import jakarta.transaction.TransactionSynchronizationRegistry;
import com.clientbook.services.order.OrderView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events to the webhook outbox in the caller's transaction (like e-mail: a change and its events commit or roll
 * back together): one delivery per active endpoint of the vendor that subscribes to the event. Nothing is sent here,
 * so a slow endpoint never slows the change. Payload: {@code {type, timestamp, data}}, data in the API's shapes.
 */
@Dependent
public class WebhookEvents {

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookBulkWriter bulk;

    @Inject
    CustomerRepository customers;

    /** The customers' custom field values, as a customer read in the API gives them ({@code customFields}). */
    @Inject
    com.clientbook.services.customfield.CustomerFieldValues customFieldValues;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /** A customer event; data is the customer as GET /customers/{id} shows it, with its custom fields. */
    public void customer(long vendorId, WebhookEventType type, CustomerView customer) {
        if (!anySubscribed(vendorId, type)) {
            return;
        }
        publish(vendorId, type, customer.companyId(),
                WebhookPayloads.customer(customer, customFields(vendorId, customer.id())).build());
    }

    /** customer.updated: the customer as it is now, and which of its fields changed. */
    public void customerUpdated(long vendorId, CustomerView customer, Collection<String> changedFields) {
        if (changedFields.isEmpty() || !anySubscribed(vendorId, WebhookEventType.CUSTOMER_UPDATED)) {
            return;
        }
        JsonObject data = WebhookPayloads.customer(customer, customFields(vendorId, customer.id()))
                .add("changedFields", Json.createArrayBuilder(List.copyOf(changedFields))).build();
        publish(vendorId, WebhookEventType.CUSTOMER_UPDATED, customer.companyId(), data);
    }

    /** customer.unlinked: the relationship is gone, so the data names what it was. */
    public void customerUnlinked(long vendorId, long customerId, long companyId, String companyPublicId, String companyName,
                                 String customerNumber) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("id", customerId);
        WebhookPayloads.put(data, "companyId", companyPublicId);
        WebhookPayloads.put(data, "companyName", companyName);
        WebhookPayloads.put(data, "customerNumber", customerNumber);
        publish(vendorId, WebhookEventType.CUSTOMER_UNLINKED, companyId, data.build());
    }

    /** invitation.accepted: which invitation, and the customer it made or connected. */
    public void invitationAccepted(long vendorId, long invitationId, long customerId, long companyId, String companyPublicId,
                                   String companyName, String email) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("invitationId", invitationId).add("customerId", customerId);
        WebhookPayloads.put(data, "companyId", companyPublicId);
        WebhookPayloads.put(data, "companyName", companyName);
        WebhookPayloads.put(data, "email", email);
        publish(vendorId, WebhookEventType.INVITATION_ACCEPTED, companyId, data.build());
    }

    /**
     * invitation.expired: the invitation as GET /invitations/{id} shows it; in order with the events of the customer
     * company it is about ({@code companyId}, or null for an invitation to someone not a customer yet).
     */
    public void invitationExpired(long vendorId, Long companyId, com.clientbook.services.invitation.InvitationView invitation) {
        publish(vendorId, WebhookEventType.INVITATION_EXPIRED, companyId, WebhookPayloads.invitation(invitation).build());
    }

    /** access_request.created: a customer company asks the vendor for access (id as under /access-requests/{id}). */
    public void accessRequestCreated(long vendorId, long requestId, long companyId, String companyPublicId,
                                     String companyName, String postalCode, String city, String message) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("id", requestId);
        WebhookPayloads.put(data, "companyId", companyPublicId);
        WebhookPayloads.put(data, "companyName", companyName);
        WebhookPayloads.put(data, "postalCode", postalCode);
        WebhookPayloads.put(data, "city", city);
        WebhookPayloads.put(data, "message", message);
        publish(vendorId, WebhookEventType.ACCESS_REQUEST_CREATED, companyId, data.build());
    }

    /**
     * delivery_location.changed, to each vendor the customer company is connected to, under that vendor's customer id:
     * {@code change} is added, changed, default or removed; the location as GET /customers/{id}/delivery-locations
     * shows it.
     */
    public void deliveryLocationChanged(List<com.clientbook.domain.customer.CustomerRelationship> connections,
                                        String change, com.clientbook.domain.location.DeliveryLocation location) {
        for (var relationship : connections) {
            JsonObjectBuilder data = Json.createObjectBuilder().add("change", change).add("customerId", relationship.id());
            var address = location.address();
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", location.id());
            WebhookPayloads.put(json, "name", location.name());
            WebhookPayloads.put(json, "street", address == null ? null : address.street());
            WebhookPayloads.put(json, "postalCode", address == null ? null : address.postalCode());
            WebhookPayloads.put(json, "city", address == null ? null : address.city());
            WebhookPayloads.put(json, "country", address == null ? null : address.country());
            WebhookPayloads.put(json, "deliveryInstructions", location.deliveryInstructions());
            WebhookPayloads.put(json, "contactPhone", location.contactPhone());
            WebhookPayloads.put(json, "externalId", location.externalId());
            json.add("isDefault", location.isDefault());
            publish(relationship.vendor().id(), WebhookEventType.DELIVERY_LOCATION_CHANGED, relationship.customer().id(),
                    data.add("deliveryLocation", json).build());
        }
    }

    /** An order event; data is the order as GET /orders/{id} shows it. */
    public void order(WebhookEventType type, OrderView order) {
        publish(order.vendorId(), type, order.customerCompanyId(), WebhookPayloads.order(order).build());
    }

    /** Writes the event for each subscribed endpoint of the vendor. */
    public void publish(long vendorId, WebhookEventType type, Long orderingKey, JsonObject data) {
        List<Long> endpoints = subscribed(vendorId, type);
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String messageId = newMessageId();
        String payload = WebhookPayloads.envelope(type.wireName(), now, data);
        for (long endpoint : endpoints) {
            webhooks.add(new WebhookDelivery(endpoint, messageId, type.wireName(), orderingKey, payload, now));
        }
    }

    /** Whether any active endpoint of the vendor subscribes to the event (else writing it costs nothing). */
    public boolean anySubscribed(long vendorId, WebhookEventType type) {
        return !subscribed(vendorId, type).isEmpty();
    }

    /**
     * Customer events of a whole import batch at once, all deliveries written in one statement (set-based), in the
     * batch's transaction. Created customers are built from the values the import wrote ({@code createdAt} as stored),
     * not read back: they are prospects (nobody of theirs has an account, no order yet). Linked and updated ones are
     * read in one statement per event type and get their status from the funnel's facts; {@code updated} maps each
     * relationship id to its changed fields.
     */
    public void customersInBulk(long vendorId, List<NewCustomerRow> created, Instant createdAt, List<Long> linkedIds,
                                Map<Long, List<String>> updated) {
        List<NewCustomerRow> toCreated = anySubscribed(vendorId, WebhookEventType.CUSTOMER_CREATED) ? created : List.of();
        List<Long> toLinked = anySubscribed(vendorId, WebhookEventType.CUSTOMER_LINKED) ? linkedIds : List.of();
        List<Long> toUpdated = anySubscribed(vendorId, WebhookEventType.CUSTOMER_UPDATED)
                ? updated.keySet().stream().sorted().toList() : List.of();
        if (toCreated.isEmpty() && toLinked.isEmpty() && toUpdated.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Long> withFacts = new ArrayList<>(toLinked);
        withFacts.addAll(toUpdated);
        Map<Long, FunnelFacts> facts = customers.funnelFacts(withFacts, now);
        java.util.Set<Long> all = new java.util.LinkedHashSet<>();
        toCreated.forEach(row -> all.add(row.relationshipId()));
        all.addAll(withFacts);
        // the batch's custom field values in one statement (none when the vendor has no active field)
        Map<Long, Map<String, Object>> fields = customFieldValues.read(vendorId, all);
        List<WebhookBulkWriter.NewDelivery> deliveries = new ArrayList<>();
        for (NewCustomerRow row : toCreated) {
            add(deliveries, vendorId, WebhookEventType.CUSTOMER_CREATED, WebhookBulkWriter.CustomerRow.created(row, createdAt),
                    CustomerStatus.PROSPECT, null, fields.get(row.relationshipId()), now);
        }
        for (WebhookBulkWriter.CustomerRow row : bulk.customers(vendorId, toLinked, today)) {
            add(deliveries, vendorId, WebhookEventType.CUSTOMER_LINKED, row,
                    status(facts.getOrDefault(row.id(), FunnelFacts.NONE)), null, fields.get(row.id()), now);
        }
        for (WebhookBulkWriter.CustomerRow row : bulk.customers(vendorId, toUpdated, today)) {
            add(deliveries, vendorId, WebhookEventType.CUSTOMER_UPDATED, row,
                    status(facts.getOrDefault(row.id(), FunnelFacts.NONE)), updated.get(row.id()), fields.get(row.id()), now);
        }
        bulk.add(deliveries, now);
    }

    private void add(List<WebhookBulkWriter.NewDelivery> deliveries, long vendorId, WebhookEventType type,
                     WebhookBulkWriter.CustomerRow row, CustomerStatus status, List<String> changedFields,
                     Map<String, Object> customFields, Instant now) {
        CustomerView view = new CustomerView(row.id(), row.companyId(), row.companyName(), row.email(), row.customerNumber(),
                sorted(row.labels()), status, row.banned(), row.street(), row.postalCode(), row.city(),
                row.country(), row.createdAt(), row.updatedAt(), row.version(), row.companyPublicId(), List.of(), null);
        JsonObjectBuilder data = WebhookPayloads.customer(view, customFields);
        if (changedFields != null) {
            data.add("changedFields", Json.createArrayBuilder(changedFields));
        }
        String messageId = newMessageId();
        String payload = WebhookPayloads.envelope(type.wireName(), now, data.build());
        for (long endpoint : subscribed(vendorId, type)) {
            deliveries.add(new WebhookBulkWriter.NewDelivery(endpoint, messageId, type.wireName(), row.companyId(), payload));
        }
    }

    /** One customer's custom field values by key (every active field of the vendor, null where it has none). */
    private Map<String, Object> customFields(long vendorId, long customerId) {
        return customFieldValues.read(vendorId, List.of(customerId)).get(customerId);
    }

    /** Labels in the order a customer read shows them (CustomerRelationship.labels): case-insensitively. */
    private static List<String> sorted(List<String> labels) {
        return labels.stream().sorted(java.util.Comparator.comparing((String label) -> label.toLowerCase(java.util.Locale.ROOT))
                .thenComparing(label -> label)).toList();
    }

    /**
     * The vendor's active endpoints subscribing to the event, read once per transaction (kept with the transaction, so
     * a thousand events of one transaction ask the database once, and no flush happens before each of them).
     */
    private List<Long> subscribed(long vendorId, WebhookEventType type) {
        String key = "clientbook.webhook.endpoints." + vendorId;
        boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
        @SuppressWarnings("unchecked")
        Map<Long, java.util.Set<WebhookEventType>> endpoints = inTransaction
                ? (Map<Long, java.util.Set<WebhookEventType>>) transactions.getResource(key) : null;
        if (endpoints == null) {
            endpoints = new LinkedHashMap<>();
            for (WebhookEndpoint endpoint : webhooks.activeOfVendor(vendorId)) {
                endpoints.put(endpoint.id(), java.util.Set.copyOf(endpoint.events()));
            }
            if (inTransaction) {
                transactions.putResource(key, endpoints);
            }
        }
        return endpoints.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey).toList();
    }

    /** "Send test event": to this endpoint only, whatever it subscribes to. */
    WebhookDelivery test(WebhookEndpoint endpoint) {
        Instant now = clock.instant();
        JsonObject data = Json.createObjectBuilder().add("endpointId", endpoint.id())
                .add("message", "This is a test event from Clientbook.").build();
        return webhooks.add(new WebhookDelivery(endpoint.id(), newMessageId(), WebhookEventType.TEST, null,
                WebhookPayloads.envelope(WebhookEventType.TEST, now, data), now));
    }

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static CustomerStatus status(FunnelFacts facts) {
        return CustomerStatus.of(facts.ordered(), facts.registered(), facts.invited());
    }
}
