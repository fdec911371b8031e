package com.clientbook.web.api.customer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a customer change, for the API's description only: the resource reads the body as a JSON object,
 * because a merge patch tells "clear it" ({@code null}) from "leave it" (member absent), which a record cannot.
 */
@Schema(name = "CustomerPatch", description = "A JSON merge patch of a customer; members left out stay as they are")
public record CustomerPatchJson(
        @Schema(nullable = true, maxLength = 50, description = "The vendor's number for the customer; null or blank clears it")
        String customerNumber) {
}
