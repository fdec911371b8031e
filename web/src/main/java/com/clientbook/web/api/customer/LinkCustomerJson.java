package com.clientbook.web.api.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.customer.CustomerLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /customers/links}: which existing customer company, by the handle of a search hit or by its
 * exact e-mail address, and optionally its customer number. The numeric {@code companyId} of earlier versions is
 * refused by name, so that an old integration learns what changed instead of reading "give a handle".
 */
@Schema(name = "CustomerLink", description = "An existing customer company to make the calling vendor's customer: "
        + "exactly one of handle and email")
public record LinkCustomerJson(
        @Schema(nullable = true, description = "The handle of a hit of GET /companies, before it expires")
        String handle,
        @Schema(nullable = true, maxLength = Company.EMAIL_MAX, description = "The company's exact e-mail address "
                + "(compared case-insensitively)")
        String email,
        @Schema(maxLength = CustomerRelationship.CUSTOMER_NUMBER_MAX, nullable = true,
                description = "Unique within the vendor, compared trimmed and case-insensitively")
        String customerNumber,
        @Schema(hidden = true)
        Object companyId) {

    static final String COMPANY_ID_GONE = "companyId is no longer accepted: link by the handle of a search hit "
            + "(GET /companies) or by the company's exact e-mail address (docs/api.md, \"Linking an existing customer\").";

    CustomerLink toCustomerLink() {
        if (companyId != null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("companyId", COMPANY_ID_GONE)));
        }
        return new CustomerLink(handle, email, customerNumber);
    }
}
