package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.company.CompanySearchHit;
import com.clientbook.persistence.company.CompanySearchRepository;
import com.clientbook.persistence.company.PossibleDuplicate;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.outbox.Outbox;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Configuration;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.clientbook.persistence.shared.UniqueConstraints;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Linking an existing customer company instead of copying it (DESIGN.md rules 1 and 2): finding it, with
 * only what a stranger may see of it, and making it the vendor's customer. Linking reuses the company and its
 * people, creates no person, and tells the company's people by e-mail, queued in the same transaction.
 */
@Stateless
public class CustomerLinkService {

    private static final String LINK = "link customers";

    @Inject
    CompanySearchRepository search;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    UserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    Outbox outbox;

    @Inject
    Configuration configuration;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** Customer companies to link, found by exact e-mail address or by a similar name; vendors are never found. */
    public List<CompanySearchHit> findCompanies(Actor actor, CompanySearch query) {
        actor.vendorId(LINK);
        query.check();
        return query.email() != null ? search.customersByEmail(query.email()) : search.customersByName(query.name());
    }

    /**
     * Existing customer companies that may be the one the actor is about to add (DESIGN.md rule 1): the same e-mail
     * address or a very similar name, at the same postal code or in the same city first; vendors are never offered.
     * A customer number the vendor uses already is refused first ({@link CustomerNumberTakenException}), because
     * neither adding nor linking could use it.
     */
    public List<PossibleDuplicate> findPossibleDuplicates(Actor actor, String companyName, String email, String postalCode,
                                                          String city, String customerNumber) {
        long vendorId = actor.vendorId(LINK);
        if (customerNumber != null && !customerNumber.isBlank()) {
            customerNumbers.requireFree(vendorId, customerNumber, null);
        }
        return search.possibleDuplicates(vendorId, companyName, email, postalCode, city);
    }

    /**
     * Makes an existing customer company the actor's vendor's customer, with an optional customer number.
     * Refuses an unknown company (not found), a vendor company, a company that is already this vendor's customer,
     * and a customer number the vendor uses already; a refusal writes nothing.
     */
    public CustomerView link(Actor actor, CustomerLink input) {
        Company vendor = companies.get(actor.vendorId(LINK));
        validation.check(input);
        Company company = companies.get(input.companyId());
        if (!company.isCustomer()) {
            throw new NotACustomerCompanyException(company.id());
        }
        customers.findByCustomerCompany(vendor.id(), company.id()).ifPresent(existing -> {
            throw new AlreadyLinkedException(company.id(), company.name());
        });
        customerNumbers.requireFree(vendor.id(), input.customerNumber(), null);

        Instant now = clock.instant();
        CustomerRelationship relationship = customers.add(
                new CustomerRelationship(vendor, company, RelationshipOrigin.LINKED, input.customerNumber(), now));
        flushOrExplain(company, input.customerNumber());

        audit.record(AuditEvent.onRelationship(relationship.id(), company.id(), actor.label(), "CUSTOMER_LINKED", now));
        if (relationship.customerNumber() != null) {
            audit.record(AuditEvent.changeOnRelationship(relationship.id(), company.id(), actor.label(),
                    "customerNumber", null, relationship.customerNumber(), now));
        }
        List<User> people = users.findByCompany(company);
        people.stream().filter(CustomerLinkService::reachable).forEach(person -> tellLinked(person, vendor));
        return CustomerView.of(relationship, people.stream().anyMatch(p -> p.status() == UserStatus.ACTIVE)
                ? CustomerStatus.REGISTERED : CustomerStatus.PROSPECT);
    }

    /** Disabled accounts are not told; everyone else of the company may be asked about the vendor. */
    private static boolean reachable(User person) {
        return person.status() == UserStatus.ACTIVE || person.status() == UserStatus.PENDING;
    }

    private void tellLinked(User person, Company vendor) {
        String body = "Hello " + person.displayName() + ",\n\n"
                + vendor.name() + " now lists your company, " + person.company().name() + ", as a customer on Clientbook.\n"
                + "They see your company's name, address and delivery locations, and can give you their customer number.\n\n"
                + "Sign in to see the vendors you are connected with: " + configuration.baseUrl() + "/login.xhtml\n";
        outbox.queueEmail(person.email(), vendor.name() + " now lists you as a customer", body, vendor);
    }

    /**
     * Writes the relationship now. Between our checks and our insert a concurrent transaction may have linked the
     * same company or taken the same number; the unique constraints refuse it then: say which, not a database error.
     */
    private void flushOrExplain(Company company, String customerNumber) {
        try {
            customers.flush();
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals("customer_relationship_pair_uq")) {
                throw new AlreadyLinkedException(company.id(), company.name());
            }
            if (constraint.equals(CustomerNumbers.UNIQUE_INDEX)) {
                throw CustomerNumbers.takenMeanwhile(customerNumber);
            }
            throw e;
        }
    }
}
