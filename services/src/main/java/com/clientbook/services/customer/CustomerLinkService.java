package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.domain.company.CompanySearchHit;
import com.clientbook.persistence.company.CompanySearchRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.mail.Recipient;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Linking an existing customer company instead of copying it (docs/product-rules.md rules 1, 2 and 11): finding it,
 * with only what a stranger may see of it, and making it the vendor's customer, only by what the vendor found. Linking
 * reuses the company and its people, creates no person, and tells the company's people by e-mail, queued in the same
 * transaction. The customer's side: which vendors list the company and listed it before, and disconnecting one.
 */
@Stateless
public class CustomerLinkService {

    private static final String LINK = "link customers";
    private static final String LISTINGS = "see the vendors that list your company";
    private static final String DISCONNECT = "disconnect a vendor";
    /** The relationship's history entry when the customer company ended it (the vendor's history shows it). */
    public static final String DISCONNECTED = "CUSTOMER_DISCONNECTED";

    @Inject
    CompanySearchRepository search;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    CustomerRelationships relationships;

    @Inject
    UserRepository users;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    @Inject
    DirectoryLimits limits;

    @Inject
    SearchHitHandles handles;

    @Inject
    AuditRepository audit;

    /**
     * Customer companies to link, found by exact e-mail address or by a similar name (case, accents, legal forms and a
     * typo make no difference); vendors are never found. Each hit carries a handle the vendor can link it by for a
     * while (docs/product-rules.md rule 11). Counts against the vendor's search limit ({@link DirectoryLimits}).
     */
    public List<CompanyHit> findCompanies(Actor actor, CompanySearch query) {
        long vendorId = actor.vendorId(LINK);
        query.check();
        limits.countSearch(vendorId, query.email() != null ? "email" : "name");
        Instant expires = clock.instant().plus(limits.hitLifetime());
        List<CompanySearchHit> hits = query.email() != null
                ? search.customersByEmail(vendorId, query.email()) : search.customersByName(vendorId, query.name());
        return hits.stream().map(hit -> new CompanyHit(handles.issue(vendorId, hit.publicId(), expires), expires,
                hit.name(), hit.street(), hit.postalCode(), hit.city(), hit.hasPeople(), hit.yourCustomer(),
                hit.yourCustomerNumber())).toList();
    }

    /**
     * Existing customer companies that may be the one the actor is about to add (docs/product-rules.md rule 1): the
     * same e-mail address or a very similar name, at the same postal code or in the same city first; vendors are never
     * offered. A customer number the vendor uses already is refused first ({@link CustomerNumberTakenException}),
     * because neither adding nor linking could use it. Each carries a handle to link it instead.
     */
    public List<DuplicateHit> findPossibleDuplicates(Actor actor, String companyName, String email, String postalCode,
                                                     String city, String customerNumber) {
        long vendorId = actor.vendorId(LINK);
        if (customerNumber != null && !customerNumber.isBlank()) {
            customerNumbers.requireFree(vendorId, customerNumber, null);
        }
        Instant expires = clock.instant().plus(limits.hitLifetime());
        return search.possibleDuplicates(vendorId, companyName, email, postalCode, city).stream()
                .map(d -> new DuplicateHit(handles.issue(vendorId, d.publicId(), expires), d.name(), d.postalCode(),
                        d.city(), d.alreadyYourCustomer()))
                .toList();
    }

    /**
     * Makes an existing customer company the actor's vendor's customer, with an optional customer number. Only a
     * company the vendor found: by the handle of its own search hit, before it expires, or by the company's exact
     * e-mail address (docs/product-rules.md rule 11). Refuses an unknown company, another vendor's handle (both not
     * found), an expired handle, a company that is already this vendor's customer, and a customer number the vendor
     * uses already; a refusal writes nothing. Counts against the vendor's link limit ({@link DirectoryLimits}). The
     * customer company's own history records which vendor linked it.
     */
    public CustomerView link(Actor actor, CustomerLink input) {
        long vendorId = actor.vendorId(LINK);
        limits.countLink(vendorId, input.handle() != null ? SearchHitHandles.FIELD : "email");
        validation.check(input);
        Company vendor = companies.get(vendorId);
        Company company = companies.get(companyToLink(vendorId, input));
        if (!company.isCustomer()) {
            throw new NotACustomerCompanyException(company.id());
        }
        Instant now = clock.instant();
        CustomerRelationship relationship = relationships.start(
                RelationshipStart.of(vendor, company, RelationshipOrigin.LINKED, actor.label(), now)
                        .customerNumber(input.customerNumber()));
        List<User> people = users.findByCompany(company);
        people.stream().filter(CustomerLinkService::reachable).forEach(person -> tellLinked(person, vendor));
        CustomerView linked = CustomerView.of(relationship, people.stream().anyMatch(p -> p.status() == UserStatus.ACTIVE)
                ? CustomerStatus.REGISTERED : CustomerStatus.PROSPECT);
        webhookEvents.customer(vendorId, com.clientbook.domain.webhook.WebhookEventType.CUSTOMER_LINKED, linked);
        return linked;
    }

    private long companyToLink(long vendorId, CustomerLink input) {
        if ((input.handle() == null) == (input.email() == null)) {
            String message = "Link either by the handle of a search hit or by the company's exact e-mail address: "
                    + "give exactly one of them.";
            throw new InvalidInputException(List.of(new FieldError(SearchHitHandles.FIELD, message),
                    new FieldError("email", message)));
        }
        if (input.handle() != null) {
            String publicId = handles.read(vendorId, input.handle(), clock.instant());
            return search.customerIdByPublicId(publicId).orElseThrow(() -> new NotFoundException("Company", "of this handle"));
        }
        List<CompanySearchHit> withEmail = search.customersByEmail(vendorId, input.email());
        if (withEmail.isEmpty()) {
            throw new NotFoundException("Customer company with e-mail address", input.email());
        }
        if (withEmail.size() > 1) {
            throw new RuleViolationException("directory.emailAmbiguous", "email",
                    "Several customer companies have the e-mail address " + input.email()
                            + "; search them (GET /companies?email=...) and link one by its handle.", input.email());
        }
        return withEmail.get(0).id();
    }

    // ---- the customer's side: who listed the company, and disconnecting a vendor

    /** The vendors that list the actor's company now, the longest-standing first. */
    public List<ListingVendor> listingVendors(Actor actor) {
        long customerId = actor.customerCompanyId(LISTINGS);
        return customers.forCustomerCompany(customerId).stream()
                .sorted(java.util.Comparator.comparing(CustomerRelationship::createdAt))
                .map(r -> new ListingVendor(r.vendor().id(), r.vendor().name(), r.createdAt(), r.origin().name()))
                .toList();
    }

    /**
     * The company's own history of who listed it: every vendor that started or stopped listing it, and every vendor
     * the company disconnected, the latest first. Only these entries: what a vendor keeps about the relationship
     * (numbers, labels, bans) stays the vendor's.
     */
    public List<VendorLinkEntry> vendorLinkHistory(Actor actor) {
        long customerId = actor.customerCompanyId(LISTINGS);
        return audit.vendorLinksOf(customerId).stream()
                .map(e -> new VendorLinkEntry(e.occurredAt(), e.vendorId(), e.newValue(), e.action()))
                .toList();
    }

    /**
     * The customer company ends its relationship with a vendor, as the vendor's unlink would: the vendor no longer
     * lists it, its customer number is free again. Only the company's admins; another company's vendor, or one not
     * connected, is "not found". The vendor keeps the relationship's history, ending with "disconnected by the
     * customer"; the company's own history records it too.
     */
    public void disconnect(Actor actor, long vendorId) {
        long customerId = actor.customerAdminOf(DISCONNECT);
        CustomerRelationship relationship = customers.findByCustomerCompany(vendorId, customerId)
                .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
        Instant now = clock.instant();
        if (relationship.customerNumber() != null) {
            audit.record(AuditEvent.changeOnRelationship(relationship.id(), customerId, actor.label(),
                    CustomerNumbers.FIELD, relationship.customerNumber(), null, now));
        }
        audit.record(AuditEvent.onRelationship(relationship.id(), customerId, actor.label(), DISCONNECTED, now));
        audit.record(AuditEvent.onCustomerCompanyAboutVendor(customerId, vendorId, relationship.vendor().name(),
                actor.label(), VendorLinks.DISCONNECTED, now));
        customers.remove(relationship);
        customers.flush();
    }

    /** Disabled accounts are not told; everyone else of the company may be asked about the vendor. */
    private static boolean reachable(User person) {
        return person.status() == UserStatus.ACTIVE || person.status() == UserStatus.PENDING;
    }

    private void tellLinked(User person, Company vendor) {
        outbox.queue(CustomerMails.linked(Recipient.of(person), vendor.name(), person.company().name(),
                configuration.baseUrl() + "/login.xhtml",
                configuration.baseUrl() + "/customer/vendors.xhtml"), vendor);
    }
}
