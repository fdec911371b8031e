package com.clientbook.web.api.platform;

import com.clientbook.domain.company.Company;
import com.clientbook.services.platform.NewVendor;
import com.clientbook.services.platform.VendorData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /platform/vendors}: the vendor company and its first admin, who is e-mailed a link to
 * choose a password. The rules for each field are the service's, as on the New vendor page.
 */
@Schema(name = "NewPlatformVendor", description = "A vendor to create, with its first admin")
public record NewVendorJson(
        @Schema(required = true, maxLength = Company.NAME_MAX, description = "Unique among vendors, any case") String name,
        String legalName,
        @Schema(example = "DE123456789") String vatId,
        String street,
        String postalCode,
        String city,
        @Schema(description = "ISO 3166-1 alpha-2", example = "DE") String country,
        String phone,
        @Schema(format = "email") String email,
        String website,
        @Schema(description = "ISO 639-1: the language of the e-mails sent for the vendor", example = "de") String language,
        @Schema(required = true) String adminFirstName,
        @Schema(required = true) String adminLastName,
        @Schema(required = true, format = "email", description = "Must not be in use on the platform") String adminEmail) {

    NewVendor toNewVendor() {
        return new NewVendor(new VendorData(name, legalName, vatId, street, postalCode, city, country, phone, email, website,
                language), adminFirstName, adminLastName, adminEmail);
    }
}
