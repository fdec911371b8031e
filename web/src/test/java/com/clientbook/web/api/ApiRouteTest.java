package com.clientbook.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiRouteTest {

    @Test
    void theTemplateJoinsTheApplicationClassAndMethodPaths() {
        assertEquals("/api/v1/customers/{id}", ApiRoute.template("/customers", "{id}"));
        assertEquals("/api/v1/customers", ApiRoute.template("customers/", ""));
        assertEquals("/api/v1/customers/by-number/{number}", ApiRoute.template("customers", "/by-number/{number: .+}"));
    }
}
