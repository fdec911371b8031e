package com.clientbook.services.accessrequest;

import com.clientbook.domain.accessrequest.AccessRequest;
import com.clientbook.domain.accessrequest.AccessRequestStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * One access request as both sides see it. Of the requesting company only what a link search shows (name, postal code,
 * city, and the random public id the API names it by); of the person who asked, name and e-mail address, which the customer chose to tell the vendor by asking.
 */
public record AccessRequestView(long id, long vendorId, String vendorName, long companyId, String companyName,
                                String postalCode, String city, String requesterName, String requesterEmail,
                                String message, AccessRequestStatus status, String rejectionReason,
                                Instant requestedAt, Instant decidedAt, String companyPublicId) implements Serializable {

    static AccessRequestView of(AccessRequest request) {
        var company = request.customer();
        var address = company.address();
        var requester = request.requestedBy();
        return new AccessRequestView(request.id(), request.vendor().id(), request.vendor().name(), company.id(),
                company.name(), address.postalCode(), address.city(), requester.displayName(), requester.email(),
                request.message(), request.status(), request.rejectionReason(), request.requestedAt(), request.decidedAt(),
                company.publicId());
    }
}
