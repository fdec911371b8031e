package com.clientbook.web.api.platform;

import com.clientbook.services.platform.VendorStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of {@code PATCH /platform/vendors/{id}} for the document: a merge patch, read as JSON by the resource so
 * that a member left out is told apart from one given as null.
 */
@Schema(name = "PlatformVendorPatch", description = "A merge patch: the members given replace the vendor's values")
public record VendorPatchJson(
        String name,
        String legalName,
        String vatId,
        String street,
        String postalCode,
        String city,
        String country,
        String phone,
        String email,
        String website,
        String language,
        @Schema(description = "SUSPENDED suspends (suspensionReason required), ACTIVE reactivates") VendorStatus status,
        @Schema(description = "Required with status SUSPENDED") String suspensionReason) {
}
