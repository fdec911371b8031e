package com.clientbook.services.customer;

import com.clientbook.domain.shared.ConflictException;

/**
 * The vendor may not correct this customer company's data (product rules 9): somebody of the company has registered,
 * and the company keeps its data itself; or the vendor did not create the company (it linked it, or the company
 * asked or was invited), so the data was never the vendor's. A conflict with the customer's state, answered 409 by
 * the API: the same request may succeed for another customer, never for this one while it stands so.
 */
public class CompanyDataOwnedByCustomerException extends ConflictException {

    public CompanyDataOwnedByCustomerException(String companyName, boolean registered) {
        super(registered ? "customer.companyData.registered" : "customer.companyData.notCreated", null,
                registered
                        ? "Somebody of " + companyName + " has registered on Clientbook: the company keeps its own data now."
                        : companyName + " was not created by you: the company keeps its own data.",
                companyName);
    }
}
