package com.clientbook.web.api.company;

import com.clientbook.services.customer.CompanyHit;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A company found for linking: the handle to link it by, and enough to tell look-alikes apart; never its e-mail,
 * phone, id or another vendor's customer number (docs/product-rules.md rules 4 and 11).
 */
@JsonbNillable
@JsonbPropertyOrder({"handle", "handleExpiresAt", "name", "street", "postalCode", "city", "hasPeople", "yourCustomer",
        "yourCustomerNumber"})
@Schema(name = "CompanySearchHit", description = "A customer company that could be linked")
public record CompanyHitJson(
        @Schema(description = "What POST /customers/links takes to link this company: valid for the calling vendor "
                + "only, until handleExpiresAt") String handle,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Until when the handle links the company "
                + "(30 minutes after the search by default)") Instant handleExpiresAt,
        String name,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(description = "Somebody of the company has an account on Clientbook") boolean hasPeople,
        @Schema(description = "The company is the calling vendor's customer already") boolean yourCustomer,
        @Schema(nullable = true, description = "The calling vendor's customer number for it, when yourCustomer")
        String yourCustomerNumber) {

    static CompanyHitJson of(CompanyHit hit) {
        return new CompanyHitJson(hit.handle(), hit.handleExpiresAt(), hit.name(), hit.street(), hit.postalCode(),
                hit.city(), hit.hasPeople(), hit.yourCustomer(), hit.yourCustomerNumber());
    }
}
