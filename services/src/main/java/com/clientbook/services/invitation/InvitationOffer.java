package com.clientbook.services.invitation;

import com.clientbook.domain.invitation.InvitationStatus;

import java.io.Serializable;

/**
 * What the page behind an invitation's link shows before anybody acts: which vendor invites whom, whether the link
 * still works, and whether the invited address has an account already (then the person signs in to accept).
 *
 * @param companyName the customer company the vendor already has for this person, or {@code null}: then
 *                    registering creates a company
 * @param firstName   the invited person's first name as the vendor entered it, or {@code null}; the sign-up form
 *                    starts with it, like the last name and the business name
 */
public record InvitationOffer(String vendorName, String inviteeName, String email, String businessName,
                              boolean personal, InvitationStatus status, String companyName,
                              boolean accountExists, String firstName, String lastName) implements Serializable {

    public boolean usable() {
        return status == InvitationStatus.PENDING;
    }
}
