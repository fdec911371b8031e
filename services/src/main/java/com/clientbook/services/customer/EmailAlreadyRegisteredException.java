package com.clientbook.services.customer;

import com.clientbook.domain.shared.ConflictException;

/**
 * The e-mail address already belongs to a person or company on the platform. When it is a customer
 * company, {@link #existingCompanyId()} points to it, so the vendor can link it instead of copying it.
 */
public class EmailAlreadyRegisteredException extends ConflictException {

    private final Long existingCompanyId;

    public EmailAlreadyRegisteredException(String email, Long existingCompanyId) {
        super("customer.emailTaken", "email",
                existingCompanyId == null
                        ? "The e-mail address " + email + " already belongs to an account on Clientbook."
                        : "The e-mail address " + email + " already belongs to customer company " + existingCompanyId
                          + "; link that company instead of adding it again.",
                email, existingCompanyId == null ? "" : existingCompanyId);
        this.existingCompanyId = existingCompanyId;
    }

    public Long existingCompanyId() {
        return existingCompanyId;
    }
}
