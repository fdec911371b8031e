package com.clientbook.web.api.invitation;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.services.invitation.NewInvitation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code POST /invitations}; the rules are the service's ({@link NewInvitation}), as in the page. */
@Schema(name = "NewInvitation", description = "One person to invite")
public record NewInvitationJson(
        @Schema(required = true, format = "email", maxLength = Company.EMAIL_MAX) String email,
        @Schema(required = true, maxLength = 100) String firstName,
        @Schema(required = true, maxLength = 100) String lastName,
        @Schema(maxLength = Company.NAME_MAX, description = "The business the person runs, for the e-mail") String businessName,
        @Schema(maxLength = CustomerRelationship.CUSTOMER_NUMBER_MAX, description = "Given to the customer once connected")
        String customerNumber,
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "Given to the customer once connected") List<String> labels,
        @Schema(defaultValue = "false", description = "Only this address may accept") Boolean personal) {

    NewInvitation toNewInvitation() {
        return new NewInvitation(email, firstName, lastName, businessName, customerNumber, labels, Boolean.TRUE.equals(personal));
    }
}
