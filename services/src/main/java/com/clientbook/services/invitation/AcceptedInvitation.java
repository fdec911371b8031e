package com.clientbook.services.invitation;

import java.io.Serializable;

/** An accepted invitation: the vendor the customer company is now connected with. */
public record AcceptedInvitation(long invitationId, long customerId, String vendorName, String companyName,
                                 String email) implements Serializable {
}
