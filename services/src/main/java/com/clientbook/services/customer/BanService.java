package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A vendor bans one of its customers, or lifts the ban. The customer keeps company, relationship, customer number
 * and history; it leaves the vendor's default list and may no longer act towards the vendor ({@link CustomerAccess}).
 * Both are written to the relationship's history. Another vendor's customer is "not found". Vendor admins and the
 * vendor's API keys ban and lift; vendor staff are refused ({@link Actor#vendorIdToRestrictCustomers}).
 */
@Stateless
public class BanService {

    private static final String BAN = "ban customers";
    /** The history's field for bans: old and new value describe the ban before and after. */
    public static final String FIELD = "ban";

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerService customerService;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    /** Bans the customer (a ban in force is replaced by the new one). {@code until} is today or later. */
    public CustomerView ban(Actor actor, long customerId, NewBan input) {
        CustomerRelationship relationship = customers.get(actor.vendorIdToRestrictCustomers(BAN), customerId);
        validation.check(input);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (input.until() != null && input.until().isBefore(today)) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.worded("until", "field.error.notBeforeToday",
                    "must be today or later (" + today + ", UTC)", today.toString())));
        }
        String former = relationship.ban().filter(b -> b.inForceOn(today)).map(BanService::describe).orElse(null);
        relationship.ban(input.reason(), input.until(), input.shareReason(), actor.label(), now);
        flush(relationship);
        audit.record(AuditEvent.onRelationship(relationship.id(), relationship.customer().id(), actor.label(),
                "CUSTOMER_BANNED", FIELD, former, describe(relationship.ban().orElseThrow()), now));
        CustomerView banned = customerService.get(actor, customerId);
        webhookEvents.customer(relationship.vendor().id(), com.clientbook.domain.webhook.WebhookEventType.CUSTOMER_BANNED, banned);
        return banned;
    }

    /** Lifts the ban; lifting a customer that is not banned changes nothing and writes no history. */
    public CustomerView lift(Actor actor, long customerId) {
        CustomerRelationship relationship = customers.get(actor.vendorIdToRestrictCustomers(BAN), customerId);
        Instant now = clock.instant();
        String former = relationship.ban().map(BanService::describe).orElse(null);
        if (relationship.liftBan(now)) {
            flush(relationship);
            audit.record(AuditEvent.onRelationship(relationship.id(), relationship.customer().id(), actor.label(),
                    "CUSTOMER_BAN_LIFTED", FIELD, former, null, now));
            CustomerView lifted = customerService.get(actor, customerId);
            webhookEvents.customer(relationship.vendor().id(), com.clientbook.domain.webhook.WebhookEventType.CUSTOMER_BAN_LIFTED, lifted);
            return lifted;
        }
        return customerService.get(actor, customerId);
    }

    /** The ban in the history's words: "reason (until 2026-12-31, reason shared with the customer)". */
    static String describe(CustomerRelationship.Ban ban) {
        return BanInHistory.of(ban).stored();
    }

    private void flush(CustomerRelationship relationship) {
        try {
            customers.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Customer", relationship.id());
        }
    }
}
