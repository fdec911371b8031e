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

    /** The field (in input and in the history) that holds a customer number. */
    public static final String FIELD = "customerNumber";

    @Inject
    CustomerRepository customers;

    /**
     * Refuses a number another customer of the vendor has, naming that customer; {@code owner}, when given, may keep
     * its own. Answers the number as it is stored (trimmed; {@code null} for none).
     */
    public String requireFree(long vendorId, String customerNumber, Long owner) {
        customers.findByCustomerNumber(vendorId, customerNumber).filter(holder -> !holder.id().equals(owner)).ifPresent(holder -> {
            throw new CustomerNumberTakenException(CustomerRelationship.normalizeCustomerNumber(customerNumber),
                    holder.customer().name());
        });
        return CustomerRelationship.normalizeCustomerNumber(customerNumber);
    }

    /**
     * The number, when no other customer of the vendor has it ({@code owner}, when given, may keep its own); otherwise
     * none. For a number that was free when it was chosen and may have been taken since.
     */
    public String ifFree(long vendorId, String customerNumber, Long owner) {
        if (customerNumber == null) {
            return null;
        }
        return customers.findByCustomerNumber(vendorId, customerNumber)
                .filter(holder -> !holder.id().equals(owner))
                .isPresent() ? null : customerNumber;
    }

    /** What a concurrent writer is told: the check passed, the index refused, and the holder is not known to us yet. */
    public static CustomerNumberTakenException takenMeanwhile(String customerNumber) {
        return new CustomerNumberTakenException(CustomerRelationship.normalizeCustomerNumber(customerNumber), "another customer");
    }
}
