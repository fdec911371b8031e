package com.clientbook.web.api.customer;

import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A vendor's customer as the API shows it. Every member is always present, {@code null} when empty, so an
 * integrator can tell "no customer number" from "field forgotten". Times are ISO-8601 instants in UTC.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "companyId", "companyName", "email", "customerNumber", "labels", "status", "banned",
        "street", "postalCode", "city", "country", "routes", "nextDelivery", "customFields", "createdAt", "updatedAt"})
@Schema(name = "Customer", description = "A customer of the calling vendor")
public record CustomerJson(
        @Schema(type = SchemaType.INTEGER, format = "int64", nullable = true, description = "The customer (relationship) "
                + "id; null for a REQUESTED or REJECTED customer, which is an access request, not yet a relationship") Long id,
        @Schema(description = "The customer company's public id: random, stable, the same for every vendor; not a "
                + "number to count through (it links nothing: link by a search hit's handle or the exact e-mail)",
                example = "3f1c2a9e-8b4d-4c1e-9a57-0d6b2e7f4a10") String companyId,
        String companyName,
        String email,
        @Schema(description = "The vendor's own number for this customer", nullable = true) String customerNumber,
        List<String> labels,
        @Schema(description = "Where the customer stands in the vendor's funnel: REQUESTED, REJECTED, PROSPECT, "
                + "INVITED, REGISTERED or HAS_ORDERED", enumeration = {"REQUESTED", "REJECTED", "PROSPECT", "INVITED",
                "REGISTERED", "HAS_ORDERED"}) String status,
        @Schema(description = "A ban of the vendor is in force (shown beside the status)") boolean banned,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
        @Schema(nullable = true) String city,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2") String country,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The codes of the vendor's "
                + "current routes that one of the customer's delivery locations is a stop of, in code order; empty when "
                + "it is on none") List<String> routes,
        @Schema(nullable = true, description = "The next delivery day an order placed now still counts for, with its "
                + "order deadline; null where the customer has none (no delivery location on a route or with a "
                + "schedule, or a REQUESTED or REJECTED customer)") NextDeliveryJson nextDelivery,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The vendor's custom fields (GET "
                + "/custom-fields) by key, each with its value or null: a string (TEXT, LONG_TEXT, CHOICE), a number "
                + "(NUMBER, DECIMAL), true/false (YES_NO), an ISO date (DATE), an array of strings (CHOICES). Retired "
                + "fields are left out. Present on every answer that carries a customer (reads, the list, adding, linking, "
                + "banning, PATCH); null only for REQUESTED and REJECTED companies", example = "{\"deliveryZone\": \"North\", \"seats\": 40}")
        Map<String, Object> customFields,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt) {

    static CustomerJson of(CustomerView customer) {
        return new CustomerJson(customer.id(), customer.companyPublicId(), customer.companyName(), customer.email(),
                customer.customerNumber(), customer.labels(), customer.status().name(), customer.banned(),
                customer.street(), customer.postalCode(), customer.city(), customer.country(), customer.routes(),
                NextDeliveryJson.of(customer.nextDelivery()), null,
                customer.createdAt(), customer.updatedAt());
    }

    /** The customer with its custom fields. */
    static CustomerJson of(CustomerView customer, Map<String, Object> customFields) {
        CustomerJson json = of(customer);
        return new CustomerJson(json.id(), json.companyId(), json.companyName(), json.email(), json.customerNumber(),
                json.labels(), json.status(), json.banned(), json.street(), json.postalCode(), json.city(),
                json.country(), json.routes(), json.nextDelivery(), customFields == null ? Map.of() : customFields,
                json.createdAt(), json.updatedAt());
    }

    /**
     * A company that asked for access (REQUESTED) or was turned down (REJECTED): only what a company search shows,
     * name, postal code and city; createdAt and updatedAt are when it asked and when that was decided.
     */
    static CustomerJson of(AccessRequestView request, CustomerStatus status) {
        return new CustomerJson(null, request.companyPublicId(), request.companyName(), null, null, List.of(), status.name(),
                false, null, request.postalCode(), request.city(), null, List.of(), null, null, request.requestedAt(),
                request.decidedAt() == null ? request.requestedAt() : request.decidedAt());
    }
}
