package com.clientbook.services.customer;

import com.clientbook.domain.shared.RuleViolationException;

/** Only customer companies can be linked as customers; a vendor company never is one (docs/product-rules.md rule 2). */
public class NotACustomerCompanyException extends RuleViolationException {

    public NotACustomerCompanyException(long companyId) {
        super("customer.notACustomerCompany", "companyId", "Company " + companyId + " is not a customer company.", companyId);
    }
}
