package com.clientbook.services.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one question every capability that lets a customer act towards a vendor must ask: asking for access (now),
 * accepting an invitation (invitations), ordering (orders, later), acting on a customer's behalf (later). Today the
 * answer is "no" exactly while the vendor's ban of this customer is in force: banned, and the ban's last day (UTC) not
 * passed. Asked in the caller's transaction, so the answer and the action it guards commit together.
 *
 * <p>It does not ask whether the two are connected: asking for access and accepting an invitation come before a
 * relationship exists. A capability that needs one (ordering) checks the relationship itself as well.
 */
@Stateless
public class CustomerAccess {

    @Inject
    CustomerRepository customers;

    @Inject
    CompanyRepository companies;

    @Inject
    Clock clock;

    /** Whether the customer company may act towards the vendor: false while the vendor's ban of it is in force. */
    public boolean mayAct(long customerCompanyId, long vendorId) {
        return customers.findByCustomerCompany(vendorId, customerCompanyId)
                .map(relationship -> !relationship.isBannedOn(today()))
                .orElse(true);
    }

    /** Refuses with {@link CustomerBannedException} (naming the vendor, not the reason) when {@link #mayAct} says no. */
    public void requireMayAct(long customerCompanyId, long vendorId) {
        if (!mayAct(customerCompanyId, vendorId)) {
            throw new CustomerBannedException(companies.find(vendorId).map(Company::name).orElse("The vendor"));
        }
    }

    /** Whether a ban on this relationship is in force today; for callers that hold the relationship already. */
    public boolean isBanned(CustomerRelationship relationship) {
        return relationship.isBannedOn(today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
