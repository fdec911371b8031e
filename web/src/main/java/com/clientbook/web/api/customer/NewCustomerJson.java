package com.clientbook.web.api.customer;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.services.customer.NewCustomer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /customers}. The rules for each field are the service's ({@link NewCustomer}), so
 * the API and the pages accept exactly the same customers.
 *
 * @param sendInvitation whether to e-mail the contact a link to set a password; on unless {@code false}
 * @param labels         the vendor's free tags for the customer (at most 20, each at most 50 characters)
 */
@Schema(name = "NewCustomer", description = "A customer to add: the company, its first contact person, the vendor's number")
public record NewCustomerJson(
        @Schema(required = true, maxLength = Company.NAME_MAX) String companyName,
        @Schema(required = true, format = "email", maxLength = Company.EMAIL_MAX, description = "The company's and its first contact person's address")
        String email,
        String contactFirstName,
        String contactLastName,
        String phone,
        String street,
        String postalCode,
        String city,
        @Schema(description = "ISO 3166-1 alpha-2", example = "AT") String country,
        @Schema(maxLength = CustomerRelationship.CUSTOMER_NUMBER_MAX, description = "Unique within the vendor, compared trimmed and case-insensitively")
        String customerNumber,
        List<String> labels,
        @Schema(defaultValue = "true", description = "E-mail the contact a link to set a password")
        Boolean sendInvitation) {

    NewCustomer toNewCustomer() {
        return new NewCustomer(companyName, email, contactFirstName, contactLastName, phone, street, postalCode,
                city, country, customerNumber, sendInvitation, labels);
    }
}
