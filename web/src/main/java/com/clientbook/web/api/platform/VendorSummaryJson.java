package com.clientbook.web.api.platform;

import com.clientbook.services.platform.VendorRow;
import com.clientbook.services.platform.VendorStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A vendor in the platform's list. */
@JsonbPropertyOrder({"id", "name", "city", "activeAdmins", "customers", "status", "createdAt"})
@Schema(name = "PlatformVendorSummary", description = "A vendor in the platform's vendor list")
public record VendorSummaryJson(
        @Schema(type = SchemaType.INTEGER, format = "int64") long id,
        String name,
        String city,
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "Admins who can sign in") long activeAdmins,
        @Schema(type = SchemaType.INTEGER, format = "int64") long customers,
        VendorStatus status,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt) {

    static VendorSummaryJson of(VendorRow row) {
        return new VendorSummaryJson(row.id(), row.name(), row.city(), row.activeAdmins(), row.customers(), row.status(),
                row.createdAt());
    }
}
