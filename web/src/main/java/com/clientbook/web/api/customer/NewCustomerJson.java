package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.customer.NewCustomer;

import java.util.List;

/**
 * The body of {@code POST /customers}. The rules for each field are the service's ({@link NewCustomer}), so
 * the API and the pages accept exactly the same customers.
 *
 * @param sendInvitation whether to e-mail the contact a link to set a password; on unless {@code false}
 * @param labels         accepted in the shape DESIGN.md promises, but Clientbook keeps no labels yet: a
 *                       non-empty list is refused rather than silently dropped
 */
public record NewCustomerJson(String companyName, String email, String contactFirstName, String contactLastName,
                              String phone, String street, String postalCode, String city, String country,
                              String customerNumber, List<String> labels, Boolean sendInvitation) {

    NewCustomer toNewCustomer() {
        if (labels != null && !labels.isEmpty()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError("labels",
                    "Labels cannot be stored yet; send the customer without labels.")));
        }
        return new NewCustomer(companyName, email, contactFirstName, contactLastName, phone, street, postalCode,
                city, country, customerNumber, sendInvitation);
    }
}
