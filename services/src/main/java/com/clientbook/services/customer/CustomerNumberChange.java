package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.Size;

/** The vendor's new number for one customer; {@code null} or blanks clear it. */
public record CustomerNumberChange(
        @Size(max = CustomerRelationship.CUSTOMER_NUMBER_MAX, message = "{customer.customerNumber.size}")
        String customerNumber) {

    public CustomerNumberChange {
        customerNumber = Text.trimToNull(customerNumber);
    }
}
