package com.clientbook.services.invitation;

import com.clientbook.domain.company.EmailAddress;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * One person a vendor invites: e-mail address and name required; the business name, the customer number and the
 * labels the customer gets once connected are optional. {@code personal}: only this address may accept.
 */
public record NewInvitation(
        @NotBlank(message = "{email.required}")
        @EmailAddress
        String email,

        @NotBlank(message = "{invitation.firstName.required}")
        @Size(max = Invitation.NAME_MAX, message = "{user.firstName.size}")
        String firstName,

        @NotBlank(message = "{invitation.lastName.required}")
        @Size(max = Invitation.NAME_MAX, message = "{user.lastName.size}")
        String lastName,

        @Size(max = Invitation.BUSINESS_NAME_MAX, message = "{company.name.size}")
        String businessName,

        @Size(max = CustomerRelationship.CUSTOMER_NUMBER_MAX, message = "{customer.customerNumber.size}")
        String customerNumber,

        List<String> labels,

        boolean personal) {

    public NewInvitation {
        email = Text.trimToNull(email);
        firstName = Text.trimToNull(firstName);
        lastName = Text.trimToNull(lastName);
        businessName = Text.trimToNull(businessName);
        customerNumber = Text.trimToNull(customerNumber);
        labels = labels == null ? List.of() : labels.stream().filter(Objects::nonNull).toList();
    }
}
