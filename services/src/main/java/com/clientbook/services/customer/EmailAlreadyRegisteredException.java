package com.clientbook.services.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.ConflictException;

/**
 * The e-mail address already belongs to a person or company on the platform. When it is a customer company,
 * {@link #existingCompanyId()} points to it, so the vendor can link it instead of copying it (by this exact e-mail
 * address, which the vendor knows); the API shows only its random {@link #existingCompanyPublicId()}, never the
 * sequential id (docs/product-rules.md rule 11).
 */
public class EmailAlreadyRegisteredException extends ConflictException {

    private final Long existingCompanyId;
    private final String existingCompanyPublicId;

    public EmailAlreadyRegisteredException(String email, Company existing) {
        super("customer.emailTaken", "email",
                existing == null
                        ? "The e-mail address " + email + " already belongs to an account on Clientbook."
                        : "The e-mail address " + email + " already belongs to a customer company on Clientbook; link "
                          + "that company (POST /customers/links with this e-mail address) instead of adding it again.",
                email, existing == null ? "" : existing.id());
        this.existingCompanyId = existing == null ? null : existing.id();
        this.existingCompanyPublicId = existing == null ? null : existing.publicId();
    }

    public Long existingCompanyId() {
        return existingCompanyId;
    }

    public String existingCompanyPublicId() {
        return existingCompanyPublicId;
    }
}
