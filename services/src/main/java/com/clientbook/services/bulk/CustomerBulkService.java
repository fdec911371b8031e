package com.clientbook.services.bulk;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.services.customer.CustomerLabels;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Bulk actions on a vendor's customers (the customer list's "Selected customers"): add or remove a label, invite,
 * unlink. Each customer goes through the single action's service in a transaction of its own (this bean runs
 * without one), so a refused customer, such as another vendor's id ("not found"), a banned one for unlink, or one
 * without an e-mail address for invite, changes nothing and is reported, while the others are done.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CustomerBulkService {

    /** At most this many customers per action: "all that match" the list's filter is capped, and says so. */
    public static final int MAX_CUSTOMERS = 1_000;

    private static final String LIST = "list customers";

    @Inject
    CustomerService customers;

    @Inject
    InvitationService invitations;

    @Inject
    CustomerRepository repository;

    @Inject
    Clock clock;

    /** The ids of the actor's vendor's customers that match the list's filters, at most {@link #MAX_CUSTOMERS}. */
    public List<Long> matchingIds(Actor actor, CustomerQuery query) {
        long vendorId = actor.vendorId(LIST);
        CustomerQuery filtered = query.today() == null ? query.on(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) : query;
        List<Long> ids = new ArrayList<>();
        int page = 0;
        while (ids.size() < MAX_CUSTOMERS) {
            var batch = repository.list(vendorId, pageOf(filtered, page++));
            batch.items().forEach(relationship -> ids.add(relationship.id()));
            if (batch.items().isEmpty() || (long) page * CustomerQuery.MAX_PAGE_SIZE >= batch.totalItems()) {
                break;
            }
        }
        return ids.size() > MAX_CUSTOMERS ? List.copyOf(ids.subList(0, MAX_CUSTOMERS)) : List.copyOf(ids);
    }

    private static CustomerQuery pageOf(CustomerQuery query, int page) {
        return new CustomerQuery(query.name(), query.customerNumber(), query.city(), query.sort(), query.ascending(), page,
                CustomerQuery.MAX_PAGE_SIZE, query.text(), query.label(), query.withoutCustomerNumber(), query.registered(),
                query.updatedSince(), query.bans(), query.today(), query.ordered(), query.invited(), query.route(),
                query.deliveryDays(), query.moved(), query.location(), query.customFields());
    }

    /** Puts the label on each customer (those that carry it already count as done). */
    public BulkResult addLabel(Actor actor, Collection<Long> customerIds, String label) {
        String wanted = oneLabel(label);
        return each(actor, customerIds, customer -> {
            List<String> labels = new ArrayList<>(customer.labels());
            labels.add(wanted);
            customers.changeLabels(actor, customer.id(), labels, customer.version());
        });
    }

    /** Takes the label (compared without regard to case) off each customer; those without it count as done. */
    public BulkResult removeLabel(Actor actor, Collection<Long> customerIds, String label) {
        String unwanted = oneLabel(label).toLowerCase(Locale.ROOT);
        return each(actor, customerIds, customer -> customers.changeLabels(actor, customer.id(),
                customer.labels().stream().filter(l -> !l.toLowerCase(Locale.ROOT).equals(unwanted)).toList(),
                customer.version()));
    }

    /**
     * Invites each customer at its company's address, as "Invite customers by label" does; refused for a customer
     * with somebody registered, without an e-mail address, or with an invitation pending.
     */
    public BulkResult invite(Actor actor, Collection<Long> customerIds, boolean personal) {
        return each(actor, customerIds, customer -> invitations.inviteCustomer(actor, customer.id(), personal));
    }

    /** Unlinks each customer; only vendor admins (and API keys) may, and a banned customer is not unlinked. */
    public BulkResult unlink(Actor actor, Collection<Long> customerIds) {
        return each(actor, customerIds, customer -> customers.unlink(actor, customer.id(), customer.version()));
    }

    /** The label of a label action, checked once for all customers: refused at the field "labels" when bad. */
    private static String oneLabel(String label) {
        List<String> normalized = CustomerLabels.normalize(label == null ? List.of() : List.of(label));
        if (normalized.isEmpty()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(CustomerLabels.FIELD,
                    "Enter a label.")));
        }
        return normalized.get(0);
    }

    private BulkResult each(Actor actor, Collection<Long> customerIds, Step step) {
        actor.vendorId(LIST);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        if (ids.isEmpty() || ids.size() > MAX_CUSTOMERS) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("customers",
                    "Choose between 1 and " + MAX_CUSTOMERS + " customers.")));
        }
        int done = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (long id : ids) {
            CustomerView customer = null;
            try {
                customer = customers.get(actor, id);
                step.apply(customer);
                done++;
            } catch (BusinessException e) {
                // each call above was its own transaction, rolled back on its own: the others stand
                refused.add(refusal(id, customer, e));
            }
        }
        return new BulkResult(done, refused);
    }

    private static BulkResult.Refusal refusal(long id, CustomerView customer, BusinessException refusal) {
        String name = customer == null || refusal instanceof NotFoundException ? null : customer.companyName();
        if (refusal instanceof InvalidInputException invalid) {
            String text = String.join(" ", invalid.errors().stream().map(InvalidInputException.FieldError::message).toList());
            return new BulkResult.Refusal(id, name, "bulk.refused.invalid", List.of(text), text);
        }
        return new BulkResult.Refusal(id, name, refusal.messageKey(), Arrays.asList(refusal.arguments()),
                refusal.getMessage());
    }

    @FunctionalInterface
    private interface Step {
        void apply(CustomerView customer);
    }
}
