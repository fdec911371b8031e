package com.clientbook.domain.customer;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CustomerRelationshipTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final Company vendor = Company.vendor("Alpine Fresh Foods", null, NOW);
    private final Company customer = Company.customer("Café Central", null, null, Address.empty(), NOW);

    @Test
    void labelsAreTrimmedKeptOnceIgnoringCaseAndSorted() {
        CustomerRelationship relationship = relationship(null);

        relationship.replaceLabels(java.util.List.of(" Wien ", "vip", "VIP", "  ", "alpha"), NOW);

        assertEquals(java.util.List.of("alpha", "vip", "Wien"), relationship.labels());
    }

    @Test
    void replacingLabelsReturnsTheFormerOnes() {
        CustomerRelationship relationship = relationship(null);
        relationship.replaceLabels(java.util.List.of("old"), NOW);

        assertEquals(java.util.List.of("old"), relationship.replaceLabels(java.util.List.of(), NOW.plusSeconds(1)));
        assertEquals(java.util.List.of(), relationship.labels());
        assertEquals(NOW.plusSeconds(1), relationship.updatedAt());
    }

    @Test
    void tooLongOrTooManyLabelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CustomerRelationship.normalizeLabels(
                java.util.List.of("x".repeat(CustomerRelationship.LABEL_MAX + 1))));
        assertThrows(IllegalArgumentException.class, () -> CustomerRelationship.normalizeLabels(
                java.util.stream.IntStream.rangeClosed(0, CustomerRelationship.LABELS_MAX).mapToObj(i -> "l" + i).toList()));
    }

    @Test
    void customerNumberIsStoredTrimmedAsTyped() {
        assertEquals("Ab-12", relationship("  Ab-12 ").customerNumber());
    }

    @Test
    void blankCustomerNumberMeansNone() {
        assertNull(relationship("   ").customerNumber());
        assertNull(relationship(null).customerNumber());
    }

    @Test
    void customerNumbersCompareTrimmedAndCaseInsensitively() {
        assertEquals(CustomerRelationship.comparableCustomerNumber("A-1"), CustomerRelationship.comparableCustomerNumber(" a-1 "));
        assertEquals("ab-12", CustomerRelationship.comparableCustomerNumber(" AB-12\t"));
        assertNull(CustomerRelationship.comparableCustomerNumber("  "));
    }

    @Test
    void assigningANumberNormalisesItAndReturnsTheFormerOne() {
        CustomerRelationship relationship = relationship("K-1");

        String former = relationship.assignCustomerNumber(" K-2 ", NOW.plusSeconds(60));

        assertEquals("K-1", former);
        assertEquals("K-2", relationship.customerNumber());
        assertEquals(NOW.plusSeconds(60), relationship.updatedAt());
    }

    @Test
    void linkingAVendorCompanyIsRefused() {
        Company otherVendor = Company.vendor("Baltic Beverages", null, NOW);

        assertThrows(IllegalArgumentException.class,
                () -> new CustomerRelationship(vendor, otherVendor, RelationshipOrigin.LINKED, null, NOW));
    }

    @Test
    void aCustomerCompanyCannotActAsVendor() {
        Company otherCustomer = Company.customer("Hotel Sacher", null, null, Address.empty(), NOW);

        assertThrows(IllegalArgumentException.class,
                () -> new CustomerRelationship(otherCustomer, customer, RelationshipOrigin.CREATED, null, NOW));
    }

    private CustomerRelationship relationship(String customerNumber) {
        return new CustomerRelationship(vendor, customer, RelationshipOrigin.CREATED, customerNumber, NOW);
    }
}
