package com.clientbook.services.invitation;

import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.invitation.InvitationStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An invitation as the vendor's pages and the API show it. {@code customerId} is the customer (relationship) it is
 * about, once there is one; {@code acceptedBy} names the person who accepted it.
 */
public record InvitationView(long id, String email, String firstName, String lastName, String businessName,
                             String customerNumber, List<String> labels, boolean personal, InvitationStatus status,
                             Instant sentAt, String sentBy, Instant expiresAt, Instant acceptedAt, String acceptedBy,
                             Long customerId, Instant createdAt) implements Serializable {

    static InvitationView of(Invitation invitation, Instant now) {
        var acceptor = invitation.acceptedBy();
        return new InvitationView(invitation.id(), invitation.email(), invitation.firstName(), invitation.lastName(),
                invitation.businessName(), invitation.customerNumber(), invitation.labels(), invitation.personal(),
                invitation.statusAt(now), invitation.sentAt(), invitation.sentBy(), invitation.expiresAt(),
                invitation.acceptedAt(), acceptor == null ? null : acceptor.displayName() + " <" + acceptor.email() + ">",
                invitation.relationship() == null ? null : invitation.relationship().id(), invitation.createdAt());
    }
}
