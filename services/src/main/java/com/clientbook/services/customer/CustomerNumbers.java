package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.persistence.customer.CustomerRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The one rule for a vendor's customer numbers that needs the database: no two customers share one. */
@Dependent
public class CustomerNumbers {

    /** The unique index behind the rule, as a concurrent writer meets it. */
    public static final String UNIQUE_INDEX = "customer_relationship_number_uq";

    @Inject
    CustomerRepository customers;

    /** Refuses a number another customer of the vendor has, naming that customer; {@code owner}, when given, may keep its own. */
    public void requireFree(long vendorId, String customerNumber, Long owner) {
        customers.findByCustomerNumber(vendorId, customerNumber).filter(holder -> !holder.id().equals(owner)).ifPresent(holder -> {
            throw new CustomerNumberTakenException(CustomerRelationship.normalizeCustomerNumber(customerNumber),
                    holder.customer().name());
        });
    }

    /** What a concurrent writer is told: the check passed, the index refused, and the holder is not known to us yet. */
    public static CustomerNumberTakenException takenMeanwhile(String customerNumber) {
        return new CustomerNumberTakenException(CustomerRelationship.normalizeCustomerNumber(customerNumber), "another customer");
    }
}
