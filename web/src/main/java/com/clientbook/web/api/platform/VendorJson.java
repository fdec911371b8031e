package com.clientbook.web.api.platform;

import com.clientbook.services.platform.VendorDetails;
import com.clientbook.services.platform.VendorStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A vendor as the platform API reads it; members without a value are there as null (suspensionReason, say). */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "legalName", "vatId", "street", "postalCode", "city", "country", "phone", "email",
        "website", "language", "status", "suspensionReason", "suspendedBy", "suspendedAt", "customers", "createdAt",
        "updatedAt"})
@Schema(name = "PlatformVendor", description = "A vendor company on the platform")
public record VendorJson(
        @Schema(type = SchemaType.INTEGER, format = "int64") long id,
        String name,
        String legalName,
        String vatId,
        String street,
        String postalCode,
        String city,
        @Schema(description = "ISO 3166-1 alpha-2", example = "DE") String country,
        String phone,
        String email,
        String website,
        @Schema(description = "ISO 639-1: the language of the e-mails sent for the vendor", example = "de") String language,
        VendorStatus status,
        @Schema(description = "Why the vendor is suspended; null while it is active") String suspensionReason,
        @Schema(description = "Who suspended it") String suspendedBy,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant suspendedAt,
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "How many customers the vendor has") long customers,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt) {

    static VendorJson of(VendorDetails vendor) {
        return new VendorJson(vendor.id(), vendor.name(), vendor.legalName(), vendor.vatId(), vendor.street(),
                vendor.postalCode(), vendor.city(), vendor.country(), vendor.phone(), vendor.email(), vendor.website(),
                vendor.language(), vendor.status(), vendor.suspensionReason(), vendor.suspendedBy(), vendor.suspendedAt(),
                vendor.customers(), vendor.createdAt(), vendor.updatedAt());
    }
}
