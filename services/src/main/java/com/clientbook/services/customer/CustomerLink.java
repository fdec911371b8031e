package com.clientbook.services.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.Size;

/** What a vendor gives to link an existing customer company: which one, and optionally its customer number. */
public record CustomerLink(
        long companyId,

        @Size(max = CustomerRelationship.CUSTOMER_NUMBER_MAX, message = "{customer.customerNumber.size}")
        String customerNumber) {

    public CustomerLink {
        customerNumber = Text.trimToNull(customerNumber);
    }
}
