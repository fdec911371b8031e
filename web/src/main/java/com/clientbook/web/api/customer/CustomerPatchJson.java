package com.clientbook.web.api.customer;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a customer change, for the API's description only: the resource reads the body as a JSON object,
 * because a merge patch tells "clear it" ({@code null}) from "leave it" (member absent), which a record cannot.
 */
@Schema(name = "CustomerPatch", description = "A JSON merge patch of a customer; members left out stay as they are")
public record CustomerPatchJson(
        @Schema(nullable = true, maxLength = 50, description = "The vendor's number for the customer; null or blank clears it")
        String customerNumber,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true, description = "The customer's labels, replacing all former ones; [] or null removes them all. "
                + "Trimmed; duplicates that differ only in case are kept once; at most 20, each at most 50 characters")
        java.util.List<String> labels) {
}
