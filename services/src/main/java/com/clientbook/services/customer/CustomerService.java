package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.customer.FunnelFacts;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.delivery.DeliveryColumns;
import com.clientbook.services.delivery.NextDeliveries;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.PasswordLinks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A vendor's customers: listing them, reading one, adding new ones, changing their number, unlinking them. */
@Stateless
public class CustomerService {

    private static final String LIST = "list customers";
    private static final String ADD = "add customers";
    private static final String CHANGE = "change customers";
    private static final String UNLINK = "unlink customers";
    private static final String CUSTOMER = "Customer";
    private static final String EMAIL_UNIQUE_INDEX = "app_user_email_uq";

    @Inject
    CustomerRepository customers;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    CustomerRelationships relationships;

    @Inject
    com.clientbook.services.customfield.CustomerFieldValues customFieldValues;

    @Inject
    CompanyRepository companies;

    @Inject
    com.clientbook.persistence.route.RouteRepository routes;

    @Inject
    UserRepository users;

    @Inject
    NextDeliveries nextDeliveries;

    @Inject
    AuditRepository audit;

    @Inject
    AccountService accounts;

    @Inject
    InputValidation validation;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    Clock clock;

    /** One page of the vendor's customers; bans are judged on today's date (UTC) unless the query names a day. */
    public Page<CustomerView> list(Actor actor, CustomerQuery query) {
        long vendorId = actor.vendorId(LIST);
        return views(vendorId, customers.list(vendorId, checked(vendorId, onToday(query))));
    }

    /** How many of the actor's vendor's customers match the query's filters. */
    public long count(Actor actor, CustomerQuery query) {
        long vendorId = actor.vendorId(LIST);
        return customers.count(vendorId, checked(vendorId, onToday(query)));
    }

    /** A route filter names one of the vendor's own routes: another vendor's route, or none, is "not found". */
    private CustomerQuery checked(long vendorId, CustomerQuery query) {
        if (query.route() != null && query.route().routeId() != null) {
            routes.get(vendorId, query.route().routeId());
        }
        return query;
    }

    /**
     * One page, when the caller has just {@linkplain #count counted} the same filters (a paged table asks for the
     * count, then for the page): the count is not asked of the database twice.
     */
    public Page<CustomerView> list(Actor actor, CustomerQuery query, long total) {
        long vendorId = actor.vendorId(LIST);
        return views(vendorId, customers.list(vendorId, checked(vendorId, onToday(query)), total));
    }

    /**
     * One page, as {@link #list(Actor, CustomerQuery)} or (with {@code total}, the count just asked for the same
     * filters) {@link #list(Actor, CustomerQuery, long)}, with its customers' {@linkplain #contacts contacts}: the list
     * page's rows in one transaction instead of two (docs/benchmarks.md).
     */
    public CustomerListPage listWithContacts(Actor actor, CustomerQuery query, Long total) {
        Page<CustomerView> page = total == null ? list(actor, query) : list(actor, query, total);
        return new CustomerListPage(page, contacts(actor, page.items().stream().map(CustomerView::id).toList()));
    }

    /**
     * One page of the vendor's customers right after the cursor ({@code null}: the query's page), with the cursor
     * after its last row when the page is full: keyset paging for an ERP that reads the whole list (issue 19). The
     * cursor must belong to the query's sort, else the input is invalid ({@code after}); the total is the whole
     * list's, as without a cursor.
     */
    public CustomerSlice list(Actor actor, CustomerQuery query, CustomerCursor after) {
        long vendorId = actor.vendorId(LIST);
        if (after != null && !after.belongsTo(query)) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("after",
                    "belongs to another sort order; ask for the first page again")));
        }
        CustomerQuery checked = checked(vendorId, onToday(query));
        Page<CustomerRelationship> page = customers.list(vendorId, checked, customers.count(vendorId, checked), after);
        CustomerCursor next = page.items().size() < query.size() ? null
                : CustomerCursor.after(page.items().get(page.items().size() - 1), query.sort(), query.ascending());
        return new CustomerSlice(views(vendorId, page), next);
    }

    /** Bans are judged on the services' clock's day unless the query names one. */
    private CustomerQuery onToday(CustomerQuery query) {
        return query.today() == null ? query.on(today()) : query;
    }

    private Page<CustomerView> views(long vendorId, Page<CustomerRelationship> page) {
        LocalDate today = today();
        Map<Long, FunnelFacts> facts = customers.funnelFacts(page.items().stream().map(CustomerRelationship::id).toList(),
                clock.instant());
        List<Long> ids = page.items().stream().map(CustomerRelationship::id).toList();
        DeliveryColumns columns = page.items().isEmpty() ? DeliveryColumns.NONE
                : nextDeliveries.of(page.items().get(0).vendor(), ids, clock.instant());
        return page.map(r -> CustomerView.of(r, CustomerStatus.of(facts.getOrDefault(r.id(), FunnelFacts.NONE)), today)
                .withRoutes(columns.routeCodes().get(r.id())).withNextDelivery(columns.next().get(r.id())));
    }

    /**
     * The phone and contact person of the actor's vendor's customers with these ids, for the list's exports (which
     * offer all of a customer's data, not only the list's columns). Ids of another vendor's customers are left out.
     */
    public Map<Long, CustomerContact> contacts(Actor actor, Collection<Long> customerIds) {
        Map<Long, CustomerContact> contacts = new HashMap<>();
        customers.contactFacts(actor.vendorId(LIST), customerIds)
                .forEach((id, facts) -> contacts.put(id, new CustomerContact(facts.phone(), facts.contactPerson())));
        return contacts;
    }

    /** One customer of the actor's vendor; another vendor's id is "not found". */
    public CustomerView get(Actor actor, long customerId) {
        CustomerRelationship relationship = customers.get(actor.vendorId(LIST), customerId);
        return view(relationship);
    }

    /**
     * The actor's vendor's customer with this customer number, compared as the uniqueness rule compares it (trimmed,
     * case-insensitive). Another vendor's number, or none, is "not found".
     */
    public CustomerView getByCustomerNumber(Actor actor, String customerNumber) {
        CustomerRelationship relationship = customers.findByCustomerNumber(actor.vendorId(LIST), customerNumber)
                .orElseThrow(() -> new NotFoundException("Customer with number", customerNumber));
        return view(relationship);
    }

    /**
     * One customer of the actor's vendor with its custom fields, in one transaction: what {@link #get} and
     * {@link #customFields(Actor, long)} give in two, without reading the relationship a second time (the API's
     * {@code GET /customers/{id}}, docs/benchmarks.md). Another vendor's id is "not found".
     */
    public CustomerRead read(Actor actor, long customerId) {
        long vendorId = actor.vendorId(LIST);
        return withCustomFields(vendorId, customers.get(vendorId, customerId));
    }

    /** As {@link #read}, by customer number, compared as {@link #getByCustomerNumber} compares it. */
    public CustomerRead readByCustomerNumber(Actor actor, String customerNumber) {
        long vendorId = actor.vendorId(LIST);
        CustomerRelationship relationship = customers.findByCustomerNumber(vendorId, customerNumber)
                .orElseThrow(() -> new NotFoundException("Customer with number", customerNumber));
        return withCustomFields(vendorId, relationship);
    }

    private CustomerRead withCustomFields(long vendorId, CustomerRelationship relationship) {
        return new CustomerRead(view(relationship),
                customFieldValues.read(vendorId, List.of(relationship.id())).get(relationship.id()));
    }

    /**
     * Adds a customer: the customer company, its first person (without a password) and the relationship,
     * in one transaction, with the set-password e-mail queued in the same transaction.
     */
    public CustomerView add(Actor actor, NewCustomer input) {
        Company vendor = companies.get(actor.vendorId(ADD));
        validation.check(input);
        List<String> labels = CustomerLabels.normalize(input.labels());
        String email = Text.trimToNull(input.email());
        var existing = companies.findCustomersByEmail(email);
        if (!existing.isEmpty()) {
            throw new EmailAlreadyRegisteredException(email, existing.get(0));
        }
        if (users.findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException(email, null);
        }
        Instant now = clock.instant();
        Company company = companies.add(Company.customer(input.companyName(), email, input.phone(),
                new Address(input.street(), input.postalCode(), input.city(), input.country()), now));
        User contact = users.add(new User(company, Role.CUSTOMER_ADMIN, email, input.contactFirstName(), input.contactLastName(), now));
        CustomerRelationship relationship = relationships.start(
                RelationshipStart.of(vendor, company, RelationshipOrigin.CREATED, actor.label(), now)
                        .newCompany()
                        .customerNumber(input.customerNumber())
                        .labels(labels)
                        .refusingUniqueWith(EMAIL_UNIQUE_INDEX, () -> new EmailAlreadyRegisteredException(email, null)));
        if (input.invitationWanted()) {
            accounts.queueSetPasswordEmail(contact, vendor);
        }
        CustomerView created = CustomerView.of(relationship, CustomerStatus.PROSPECT);
        webhookEvents.customer(vendor.id(), com.clientbook.domain.webhook.WebhookEventType.CUSTOMER_CREATED, created);
        return created;
    }

    /**
     * Changes what the patch changes, in one transaction (when one part is refused, nothing changes), and answers the
     * customer as it is then. {@code expectedVersion} as for {@link #changeCustomerNumber}: checked once, against the
     * version before the change, also when the patch changes nothing.
     */
    public CustomerView change(Actor actor, long customerId, CustomerPatch patch, Long expectedVersion) {
        if (patch.changesCustomFields()) {
            // custom fields first, then the rest from the version they leave: one transaction, one If-Match
            CustomerView fielded = changeCustomFields(actor, customerId, patch.customFields(), expectedVersion);
            expectedVersion = fielded.version();
            if (!patch.changesCompany() && !patch.changesNumber() && !patch.changesLabels()) {
                return fielded;
            }
        }
        if (patch.changesCompany()) {
            // the company first, then number and labels from the version it leaves: one transaction, one If-Match
            CustomerView corrected = correctCompany(actor, customerId, patch.company(), expectedVersion);
            expectedVersion = corrected.version();
            if (!patch.changesNumber() && !patch.changesLabels()) {
                return corrected;
            }
        }
        CustomerNumberChange number = new CustomerNumberChange(patch.customerNumber());
        if (patch.changesNumber() && patch.changesLabels()) {
            return changeNumberAndLabels(actor, customerId, number, patch.labels(), expectedVersion);
        }
        if (patch.changesNumber()) {
            return changeCustomerNumber(actor, customerId, number, expectedVersion);
        }
        if (patch.changesLabels()) {
            return changeLabels(actor, customerId, patch.labels(), expectedVersion);
        }
        CustomerRelationship relationship = customers.get(actor.vendorId(CHANGE), customerId);
        requireVersion(relationship, expectedVersion);
        return view(relationship);
    }

    /**
     * What the vendor may correct of this customer's company, as it stands now, when it may (product rules 9: it
     * created or imported the company, and nobody of the company has registered); empty when the company's data is the
     * customer's. Another vendor's customer is "not found".
     */
    public Optional<CompanyCorrection> correctable(Actor actor, long customerId) {
        CustomerRelationship relationship = customers.get(actor.vendorId(LIST), customerId);
        List<User> people = users.findByCompany(relationship.customer());
        return refusalOfCorrection(relationship, people).isPresent() ? Optional.empty()
                : Optional.of(currentData(relationship.customer(), contactOf(relationship.customer(), people)));
    }

    /**
     * The vendor corrects the company data of a customer it created or imported, while nobody of the company has
     * registered (product rules 9): the parts named in {@code changes} (see {@link CompanyCorrection#FIELDS}; a
     * {@code null} value clears a part), checked like a new customer's. A corrected e-mail address is the contact
     * person's too, whose set-password links stop working (they went to the former address). Each changed part goes
     * into the history with old and new value. Refused with {@link CompanyDataOwnedByCustomerException} once the
     * company's data is its own; {@code expectedVersion} as for {@link #changeCustomerNumber}.
     */
    public CustomerView correctCompany(Actor actor, long customerId, Map<String, String> changes, Long expectedVersion) {
        CustomerRelationship relationship = customers.get(actor.vendorId(CHANGE), customerId);
        requireVersion(relationship, expectedVersion);
        Company company = relationship.customer();
        List<User> people = users.findByCompany(company);
        refusalOfCorrection(relationship, people).ifPresent(refusal -> {
            throw refusal;
        });
        User contact = contactOf(company, people);
        CompanyCorrection before = currentData(company, contact);
        CompanyCorrection after = before;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            after = after.with(change.getKey(), change.getValue());
        }
        validation.check(after);
        if (after.equals(before)) {
            return view(relationship); // nothing to correct: the version stays, so no other writer is refused for it
        }
        boolean contactNamed = !Objects.equals(before.contactFirstName(), after.contactFirstName())
                || !Objects.equals(before.contactLastName(), after.contactLastName());
        if (contact == null && contactNamed) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                    "contactFirstName", "cannot be given: this customer has no contact person yet; invite one instead")));
        }
        boolean emailChanged = !Objects.equals(Text.comparable(before.email()), Text.comparable(after.email()));
        if (emailChanged) {
            requireEmailFree(after.email(), company, contact);
        }
        Instant now = clock.instant();
        company.correctAsVendor(after.companyName(), after.email(), after.phone(), after.address(), now);
        if (contact != null) {
            contact.correctAsContact(emailChanged ? after.email() : contact.email(), after.contactFirstName(),
                    after.contactLastName());
            if (emailChanged) {
                passwordLinks.revokeOutstanding(contact, now);
            }
        }
        relationship.companyDataCorrected(now);
        try {
            customers.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(CUSTOMER, relationship.id());
        } catch (PersistenceException e) {
            String email = after.email();
            throw UniqueConstraints.violatedBy(e).filter(EMAIL_UNIQUE_INDEX::equals)
                    .map(taken -> new EmailAlreadyRegisteredException(email, null)).orElseThrow(() -> e);
        }
        List<String> changedFields = new java.util.ArrayList<>();
        for (String field : CompanyCorrection.FIELDS) {
            if (!Objects.equals(before.value(field), after.value(field))) {
                audit.record(AuditEvent.changeOnRelationship(relationship.id(), company.id(), actor.label(), field,
                        before.value(field), after.value(field), now));
                changedFields.add(field);
            }
        }
        CustomerView corrected = view(relationship);
        webhookEvents.customerUpdated(relationship.vendor().id(), corrected, changedFields);
        return corrected;
    }

    /** Why the vendor may not correct this customer's company, if it may not (product rules 9). */
    private static Optional<CompanyDataOwnedByCustomerException> refusalOfCorrection(
            CustomerRelationship relationship, List<User> people) {
        String name = relationship.customer().name();
        if (people.stream().anyMatch(person -> person.status() != UserStatus.PENDING)) {
            return Optional.of(new CompanyDataOwnedByCustomerException(name, true));
        }
        if (relationship.origin() != RelationshipOrigin.CREATED) {
            return Optional.of(new CompanyDataOwnedByCustomerException(name, false));
        }
        return Optional.empty();
    }

    /** The contact person the vendor entered: the one at the company's address, else the first; none for an empty company. */
    private static User contactOf(Company company, List<User> people) {
        return people.stream().filter(person -> Objects.equals(Text.comparable(person.email()), Text.comparable(company.email())))
                .findFirst().orElse(people.isEmpty() ? null : people.get(0));
    }

    private static CompanyCorrection currentData(Company company, User contact) {
        Address address = company.address();
        return new CompanyCorrection(company.name(), company.email(), company.phone(), address.street(),
                address.postalCode(), address.city(), address.country(),
                contact == null ? null : contact.firstName(), contact == null ? null : contact.lastName());
    }

    /** A corrected address may belong to no other company and no other person (product rules 1, 11). */
    private void requireEmailFree(String email, Company company, User contact) {
        var companyWithIt = companies.findCustomersByEmail(email).stream().filter(c -> !c.id().equals(company.id())).findFirst();
        if (companyWithIt.isPresent()) {
            throw new EmailAlreadyRegisteredException(email, companyWithIt.get());
        }
        if (users.findByEmail(email).filter(person -> contact == null || !person.id().equals(contact.id())).isPresent()) {
            throw new EmailAlreadyRegisteredException(email, null);
        }
    }

    /**
     * Gives, changes or (with {@code null} or blanks) clears the vendor's number for one customer, and writes the
     * change to the relationship's history. {@code expectedVersion} is the version the caller read; when somebody
     * saved in between, nothing changes and {@link ConcurrentChangeException} says so. {@code null} means the
     * caller does not care (an API call without If-Match).
     */
    public CustomerView changeCustomerNumber(Actor actor, long customerId, CustomerNumberChange change, Long expectedVersion) {
        long vendorId = actor.vendorId(CHANGE);
        validation.check(change);
        CustomerRelationship relationship = customers.get(vendorId, customerId);
        requireVersion(relationship, expectedVersion);
        String number = CustomerRelationship.normalizeCustomerNumber(change.customerNumber());
        if (Objects.equals(number, relationship.customerNumber())) {
            return view(relationship);
        }
        customerNumbers.requireFree(vendorId, number, relationship.id());

        Instant now = clock.instant();
        String former = relationship.assignCustomerNumber(number, now);
        flushOrExplainConcurrentChange(relationship, number);
        audit.record(AuditEvent.changeOnRelationship(relationship.id(), relationship.customer().id(), actor.label(),
                CustomerNumbers.FIELD, former, number, now));
        CustomerView numbered = view(relationship);
        webhookEvents.customerUpdated(vendorId, numbered, List.of(CustomerNumbers.FIELD));
        return numbered;
    }

    /**
     * Changes number and labels together, in one transaction: when either is refused, neither changes.
     * {@code expectedVersion} is checked once, against the version before both.
     */
    public CustomerView changeNumberAndLabels(Actor actor, long customerId, CustomerNumberChange number, List<String> labels,
                                              Long expectedVersion) {
        CustomerLabels.normalize(labels);
        CustomerView numbered = changeCustomerNumber(actor, customerId, number, expectedVersion);
        return changeLabels(actor, customerId, labels, numbered.version());
    }

    /**
     * Sets the named custom fields of one customer ({@code null} clears one), all or none, with one history entry per
     * changed field. {@code expectedVersion} as for {@link #changeCustomerNumber}.
     */
    public CustomerView changeCustomFields(Actor actor, long customerId, java.util.Map<String, Object> values,
                                           Long expectedVersion) {
        long vendorId = actor.vendorId(CHANGE);
        CustomerRelationship relationship = customers.get(vendorId, customerId);
        requireVersion(relationship, expectedVersion);
        List<String> changed = customFieldValues.change(actor.label(), relationship, values, clock.instant());
        if (changed.isEmpty()) {
            return view(relationship);
        }
        flushOrExplainConcurrentChange(relationship, relationship.customerNumber());
        CustomerView fielded = view(relationship);
        webhookEvents.customerUpdated(vendorId, fielded, changed);
        return fielded;
    }

    /**
     * The custom fields of one customer of the actor's vendor, by key in the fields' order, as wire values
     * ({@code null} where the customer has none). Another vendor's customer is "not found".
     */
    public java.util.Map<String, Object> customFields(Actor actor, long customerId) {
        long vendorId = actor.vendorId(LIST);
        CustomerRelationship relationship = customers.get(vendorId, customerId);
        return customFieldValues.read(vendorId, List.of(relationship.id())).get(relationship.id());
    }

    /** The custom fields of these customers of the actor's vendor (the API's list); other ids are left out. */
    public java.util.Map<Long, java.util.Map<String, Object>> customFields(Actor actor, java.util.Collection<Long> customerIds) {
        long vendorId = actor.vendorId(LIST);
        return customFieldValues.read(vendorId, customFieldValues.ownCustomers(vendorId, customerIds));
    }

    /**
     * Replaces the vendor's labels on one customer (an empty list removes them all) and writes old and new to the
     * relationship's history. {@code expectedVersion} as for {@link #changeCustomerNumber}.
     */
    public CustomerView changeLabels(Actor actor, long customerId, List<String> labels, Long expectedVersion) {
        long vendorId = actor.vendorId(CHANGE);
        List<String> normalized = CustomerLabels.normalize(labels);
        CustomerRelationship relationship = customers.get(vendorId, customerId);
        requireVersion(relationship, expectedVersion);
        if (normalized.equals(relationship.labels())) {
            return view(relationship);
        }
        Instant now = clock.instant();
        List<String> former = relationship.replaceLabels(normalized, now);
        flushOrExplainConcurrentChange(relationship, relationship.customerNumber());
        audit.record(AuditEvent.changeOnRelationship(relationship.id(), relationship.customer().id(), actor.label(),
                CustomerLabels.FIELD, former.isEmpty() ? null : String.join(", ", former),
                normalized.isEmpty() ? null : String.join(", ", normalized), now));
        CustomerView labelled = view(relationship);
        webhookEvents.customerUpdated(vendorId, labelled, List.of(CustomerLabels.FIELD));
        return labelled;
    }

    /**
     * Ends the relationship: the vendor no longer has this customer. The customer company, its people and the
     * relationship's history stay; the customer number is free again, and the vendor may link the company again.
     * A banned customer is not unlinked: the ban would go with the relationship. Vendor admins and API keys unlink;
     * vendor staff are refused.
     */
    public void unlink(Actor actor, long customerId, Long expectedVersion) {
        CustomerRelationship relationship = customers.get(actor.vendorIdToRestrictCustomers(UNLINK), customerId);
        requireVersion(relationship, expectedVersion);
        Instant now = clock.instant();
        // the ban lives on the relationship: unlinking would end it and let the customer ask or accept again
        if (relationship.isBannedOn(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new RuleViolationException("customer.unlinkBanned", null,
                    "Lift the ban on " + relationship.customer().name() + " before unlinking it.", relationship.customer().name());
        }
        long companyId = relationship.customer().id();
        if (relationship.customerNumber() != null) {
            audit.record(AuditEvent.changeOnRelationship(relationship.id(), companyId, actor.label(),
                    CustomerNumbers.FIELD, relationship.customerNumber(), null, now));
        }
        audit.record(AuditEvent.onRelationship(relationship.id(), companyId, actor.label(), "CUSTOMER_UNLINKED", now));
        audit.record(AuditEvent.onCustomerCompanyAboutVendor(companyId, relationship.vendor().id(),
                relationship.vendor().name(), actor.label(), VendorLinks.UNLINKED, now));
        webhookEvents.customerUnlinked(relationship.vendor().id(), relationship.id(), companyId,
                relationship.customer().publicId(), relationship.customer().name(), relationship.customerNumber());
        customers.remove(relationship);
        flushOrExplainConcurrentChange(relationship, null);
    }

    private static void requireVersion(CustomerRelationship relationship, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != relationship.version()) {
            throw new ConcurrentChangeException(CUSTOMER, relationship.id());
        }
    }

    /**
     * Writes the change now. Another transaction saved the relationship after we read it: the later writer is told,
     * not silently applied; one that took the same customer number between our check and our write is told that.
     */
    private void flushOrExplainConcurrentChange(CustomerRelationship relationship, String customerNumber) {
        try {
            customers.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(CUSTOMER, relationship.id());
        } catch (PersistenceException e) {
            throw UniqueConstraints.violatedBy(e).filter(CustomerNumbers.UNIQUE_INDEX::equals)
                    .map(taken -> CustomerNumbers.takenMeanwhile(customerNumber)).orElseThrow(() -> e);
        }
    }

    private CustomerView view(CustomerRelationship relationship) {
        FunnelFacts facts = customers.funnelFacts(List.of(relationship.id()), clock.instant())
                .getOrDefault(relationship.id(), FunnelFacts.NONE);
        DeliveryColumns columns = nextDeliveries.of(relationship.vendor(), List.of(relationship.id()), clock.instant());
        return CustomerView.of(relationship, CustomerStatus.of(facts), today())
                .withRoutes(columns.routeCodes().get(relationship.id()))
                .withNextDelivery(columns.next().get(relationship.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
