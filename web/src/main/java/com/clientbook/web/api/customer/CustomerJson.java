package com.clientbook.web.api.customer;

import com.clientbook.services.customer.CustomerView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * A vendor's customer as the API shows it. Every member is always present, {@code null} when empty, so an
 * integrator can tell "no customer number" from "field forgotten". Times are ISO-8601 instants in UTC.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "companyId", "companyName", "email", "customerNumber", "labels", "status", "banned",
        "street", "postalCode", "city", "country", "createdAt", "updatedAt"})
public record CustomerJson(long id, long companyId, String companyName, String email, String customerNumber,
                           List<String> labels, String status, boolean banned,
                           String street, String postalCode, String city, String country,
                           Instant createdAt, Instant updatedAt) {

    static CustomerJson of(CustomerView customer) {
        return new CustomerJson(customer.id(), customer.companyId(), customer.companyName(), customer.email(),
                customer.customerNumber(), customer.labels(), customer.status().name(), customer.banned(),
                customer.street(), customer.postalCode(), customer.city(), customer.country(),
                customer.createdAt(), customer.updatedAt());
    }
}
