package com.clientbook.services.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.Size;

/**
 * What a vendor gives to link an existing customer company: which one, either by the handle of a search hit or by
 * the company's exact e-mail address (docs/product-rules.md rule 11), and optionally its customer number.
 */
public record CustomerLink(
        String handle,

        @Size(max = Company.EMAIL_MAX, message = "{email.size}")
        String email,

        @Size(max = CustomerRelationship.CUSTOMER_NUMBER_MAX, message = "{customer.customerNumber.size}")
        String customerNumber) {

    public CustomerLink {
        handle = Text.trimToNull(handle);
        email = Text.trimToNull(email);
        customerNumber = Text.trimToNull(customerNumber);
    }

    /** The company of a search hit (or an offered duplicate), by its handle. */
    public static CustomerLink ofHit(String handle, String customerNumber) {
        return new CustomerLink(handle, null, customerNumber);
    }

    /** The customer company whose e-mail address is exactly this one. */
    public static CustomerLink byEmail(String email, String customerNumber) {
        return new CustomerLink(null, email, customerNumber);
    }
}
