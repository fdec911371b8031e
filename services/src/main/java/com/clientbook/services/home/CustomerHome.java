package com.clientbook.services.home;

import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.accessrequest.ConnectedVendor;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a customer company's person sees on landing: the connected vendors, the invitations they may still accept,
 * the company's requests the vendors have not decided yet, and whether the company has no delivery location yet
 * (which every vendor needs before it can deliver).
 */
public record CustomerHome(List<ConnectedVendor> vendors, List<PendingInvitation> invitations,
                           List<AccessRequestView> openRequests, boolean locationsMissing) implements Serializable {

    public CustomerHome {
        vendors = List.copyOf(vendors);
        invitations = List.copyOf(invitations);
        openRequests = List.copyOf(openRequests);
    }

    /** Whether anything is still to do. */
    public boolean hasNextSteps() {
        return !invitations.isEmpty() || !openRequests.isEmpty() || locationsMissing;
    }

    /** A pending invitation: which vendor, to which address (where the link to accept it was sent), until when. */
    public record PendingInvitation(String vendorName, String email, Instant sentAt, Instant expiresAt)
            implements Serializable {
    }
}
