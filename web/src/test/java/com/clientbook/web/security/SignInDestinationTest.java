package com.clientbook.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInDestinationTest {

    @Test
    void aPageOfTheApplicationIsWhereThePersonGoes() {
        assertEquals(Optional.of("/customer/vendors.xhtml"), SignInDestination.fromParameter("/customer/vendors.xhtml"));
        assertEquals(Optional.of("/vendor/customer.xhtml?id=42"), SignInDestination.fromParameter("/vendor/customer.xhtml?id=42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/customer/vendors.xhtml", "//evil.example/x", "/\\evil.example/x",
            "javascript:alert(1)", "customer/vendors.xhtml", "http:/customer/vendors.xhtml", " ", "/login.xhtml?next=/x",
            "/customer/vendors.xhtml\r\nSet-Cookie: x=1", "/api/v1/customers"})
    void anAbsoluteForeignOrOddAddressIsIgnored(String next) {
        assertEquals(Optional.empty(), SignInDestination.fromParameter(next));
    }

    @Test
    void theRequestTheContainerSavedBecomesAPathInTheApplication() {
        assertEquals(Optional.of("/customer/vendors.xhtml?tab=1"),
                SignInDestination.fromRequestUrl("http://localhost:8080/clientbook/customer/vendors.xhtml?tab=1", "/clientbook"));
        assertEquals(Optional.of("/customer/vendors.xhtml"),
                SignInDestination.fromRequestUrl("http://localhost:8080/customer/vendors.xhtml", ""));
    }

    @Test
    void aSavedRequestOutsideTheApplicationIsIgnored() {
        assertEquals(Optional.empty(), SignInDestination.fromRequestUrl("http://localhost:8080/other/page.xhtml", "/clientbook"));
        assertEquals(Optional.empty(), SignInDestination.fromRequestUrl(null, ""));
    }
}
