package com.clientbook.services.customer;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.services.delivery.NextDelivery;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A vendor's customer as the pages and the API show it; {@code banned}: a ban is in force today (UTC). The API names
 * the company by {@code companyPublicId}, never by the sequential {@code companyId} (docs/product-rules.md rule 11).
 * {@code routes}: the codes of the vendor's current routes that one of the customer company's delivery locations is
 * a stop of, in code order; filled where a list or the API shows them, empty elsewhere. {@code nextDelivery}: the
 * customer's next delivery day with its order deadline, where a list or the API shows it and there is one; else
 * {@code null}.
 */
public record CustomerView(long id, long companyId, String companyName, String email, String customerNumber,
                           List<String> labels, CustomerStatus status, boolean banned,
                           String street, String postalCode, String city, String country,
                           Instant createdAt, Instant updatedAt, long version, String companyPublicId,
                           List<String> routes, NextDelivery nextDelivery)
        implements Serializable {

    /** The same customer, with the codes of the vendor's routes its delivery locations are on (the list's Route column). */
    public CustomerView withRoutes(List<String> codes) {
        return new CustomerView(id, companyId, companyName, email, customerNumber, labels, status, banned, street,
                postalCode, city, country, createdAt, updatedAt, version, companyPublicId,
                codes == null ? List.of() : List.copyOf(codes), nextDelivery);
    }

    /** The same customer, with its next delivery (the list's "next delivery" column); {@code null} for none. */
    public CustomerView withNextDelivery(NextDelivery next) {
        return new CustomerView(id, companyId, companyName, email, customerNumber, labels, status, banned, street,
                postalCode, city, country, createdAt, updatedAt, version, companyPublicId, routes, next);
    }

    static CustomerView of(CustomerRelationship relationship, CustomerStatus status) {
        return of(relationship, status, LocalDate.now(ZoneOffset.UTC));
    }

    static CustomerView of(CustomerRelationship relationship, CustomerStatus status, LocalDate today) {
        var company = relationship.customer();
        // JPA loads an embedded address whose columns are all empty as null
        var address = company.address() == null ? Address.empty() : company.address();
        return new CustomerView(relationship.id(), company.id(), company.name(), company.email(),
                relationship.customerNumber(), relationship.labels(), status, relationship.isBannedOn(today),
                address.street(), address.postalCode(), address.city(), address.country(),
                relationship.createdAt(), relationship.updatedAt(), relationship.version(),
                company.publicId(), List.of(), null);
    }
}
