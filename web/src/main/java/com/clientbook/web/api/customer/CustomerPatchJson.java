package com.clientbook.web.api.customer;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a customer change (the vendor's number and labels, and while the vendor may correct it the company's
 * data), for the API's description only: the resource reads the body as a JSON object,
 * because a merge patch tells "clear it" ({@code null}) from "leave it" (member absent), which a record cannot.
 */
@Schema(name = "CustomerPatch", description = "A JSON merge patch of a customer; members left out stay as they are")
public record CustomerPatchJson(
        @Schema(nullable = true, maxLength = 50, description = "The vendor's number for the customer; null or blank clears it")
        String customerNumber,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true, description = "The customer's labels, replacing all former ones; [] or null removes them all. "
                + "Trimmed; duplicates that differ only in case are kept once; at most 20, each at most 50 characters")
        java.util.List<String> labels,
        @Schema(nullable = true, maxLength = 200, description = "The company's name; only while the vendor may correct the company's data (see the operation)")
        String companyName,
        @Schema(nullable = true, maxLength = 254, format = "email", description = "The company's e-mail address, also the contact person's; required, so null is refused")
        String email,
        @Schema(nullable = true, maxLength = 50, description = "The company's phone; null clears it")
        String phone,
        @Schema(nullable = true, maxLength = 200, description = "Street and number; null clears it")
        String street,
        @Schema(nullable = true, maxLength = 20, description = "Postal code; null clears it")
        String postalCode,
        @Schema(nullable = true, maxLength = 100, description = "City; null clears it")
        String city,
        @Schema(nullable = true, pattern = "^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2 country code; null clears it")
        String country,
        @Schema(nullable = true, maxLength = 100, description = "The contact person's first name; null clears it")
        String contactFirstName,
        @Schema(nullable = true, maxLength = 100, description = "The contact person's last name; null clears it")
        String contactLastName,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Custom fields to set, by key (GET "
                + "/custom-fields), each value as the customer's read shows it; null clears one (refused for a required "
                + "field); keys left out stay. A wrong value, or an unknown or retired key, is refused with 400 naming "
                + "customFields.<key>, and nothing changes", example = "{\"deliveryZone\": \"South\", \"seats\": null}")
        java.util.Map<String, Object> customFields) {
}
