package com.clientbook.web.api.customer;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.customer.CustomerLink;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code POST /customers/links}: which existing customer company, and optionally its customer number. */
@Schema(name = "CustomerLink", description = "An existing customer company to make the calling vendor's customer")
public record LinkCustomerJson(
        @Schema(required = true, type = SchemaType.INTEGER, format = "int64", description = "From GET /companies")
        Long companyId,
        @Schema(maxLength = CustomerRelationship.CUSTOMER_NUMBER_MAX, nullable = true,
                description = "Unique within the vendor, compared trimmed and case-insensitively")
        String customerNumber) {

    CustomerLink toCustomerLink() {
        if (companyId == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("companyId",
                    "Give the id of the customer company to link.")));
        }
        return new CustomerLink(companyId, customerNumber);
    }
}
