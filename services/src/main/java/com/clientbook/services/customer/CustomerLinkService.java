package com.clientbook.services.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.user.User;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.domain.company.CompanySearchHit;
import com.clientbook.persistence.company.CompanySearchRepository;
import com.clientbook.domain.company.PossibleDuplicate;
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
import java.util.List;

/**
 * Linking an existing customer company instead of copying it (docs/product-rules.md rules 1 and 2): finding it,
 * with only what a stranger may see of it, and making it the vendor's customer. Linking reuses the company and its
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

    /** Customer companies to link, found by exact e-mail address or by a similar name; vendors are never found. */
    public List<CompanySearchHit> findCompanies(Actor actor, CompanySearch query) {
        actor.vendorId(LINK);
        query.check();
        return query.email() != null ? search.customersByEmail(query.email()) : search.customersByName(query.name());
    }

    /**
     * Existing customer companies that may be the one the actor is about to add (docs/product-rules.md rule 1): the
     * same e-mail address or a very similar name, at the same postal code or in the same city first; vendors are never
     * offered. A customer number the vendor uses already is refused first ({@link CustomerNumberTakenException}),
     * because neither adding nor linking could use it.
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
        CustomerRelationship relationship = relationships.start(
                RelationshipStart.of(vendor, company, RelationshipOrigin.LINKED, actor.label(), clock.instant())
                        .customerNumber(input.customerNumber()));
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
        outbox.queue(CustomerMails.linked(Recipient.of(person), vendor.name(), person.company().name(),
                configuration.baseUrl() + "/login.xhtml"), vendor);
    }
}
