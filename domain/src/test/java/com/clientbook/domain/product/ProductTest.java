package com.clientbook.domain.product;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private final Company vendor = Company.vendor("Alpine Fresh Foods", null, NOW);

    private static ProductDescription milk(BigDecimal packSize, BigDecimal price, String currency) {
        return new ProductDescription(" MLK-1 ", " Whole milk 1 l ", ProductUnit.CRATE, packSize, price, currency, null);
    }

    @Test
    void textIsTrimmedCurrencyUpperCasedAndNumbersNormalised() {
        Product product = new Product(vendor, milk(new BigDecimal("12.000"), new BigDecimal("9.5"), " eur "), NOW);

        assertEquals("MLK-1", product.articleNumber());
        assertEquals("Whole milk 1 l", product.name());
        assertEquals(new BigDecimal("12"), product.packSize());
        assertEquals(new BigDecimal("9.50"), product.price());
        assertEquals("EUR", product.currency());
        assertTrue(product.isActive());
        assertEquals(NOW, product.updatedAt());
    }

    @Test
    void aPriceNeedsItsCurrencyAndTheOtherWayRound() {
        RuleViolationException noCurrency = assertThrows(RuleViolationException.class,
                () -> new Product(vendor, milk(BigDecimal.ONE, new BigDecimal("3.20"), " "), NOW));
        assertEquals("product.priceWithoutCurrency", noCurrency.messageKey());
        assertEquals("currency", noCurrency.field());

        RuleViolationException noPrice = assertThrows(RuleViolationException.class,
                () -> new Product(vendor, milk(BigDecimal.ONE, null, "EUR"), NOW));
        assertEquals("product.currencyWithoutPrice", noPrice.messageKey());

        Product free = new Product(vendor, milk(BigDecimal.ONE, null, null), NOW);
        assertNull(free.price());
        assertNull(free.currency());
    }

    @Test
    void badFieldsAreNamedEachAndChangeNothing() {
        Product product = new Product(vendor, milk(BigDecimal.ONE, null, null), NOW);
        ProductDescription bad = new ProductDescription("", "x".repeat(201), null, new BigDecimal("0"),
                new BigDecimal("-1"), "XYZ", "l".repeat(51));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> product.describe(bad, NOW.plusSeconds(5)));

        assertEquals(List.of("articleNumber", "name", "unit", "packSize", "price", "currency", "restrictedToLabel"),
                e.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertEquals("MLK-1", product.articleNumber());
        assertEquals(NOW, product.updatedAt());
    }

    @Test
    void packSizeAndPriceKeepToTheirColumns() {
        assertThrows(InvalidInputException.class, () -> new Product(vendor, milk(new BigDecimal("-2"), null, null), NOW));
        assertThrows(InvalidInputException.class, () -> new Product(vendor, milk(new BigDecimal("0.0001"), null, null), NOW));
        assertThrows(InvalidInputException.class, () -> new Product(vendor, milk(BigDecimal.ONE, new BigDecimal("1.005"), "EUR"), NOW));
        assertEquals(new BigDecimal("0.25"), new Product(vendor, milk(new BigDecimal("0.250"), null, null), NOW).packSize());
    }

    @Test
    void aRestrictedProductIsSeenOnlyWithItsLabelAndNeverWhenInactive() {
        Product product = new Product(vendor, new ProductDescription("W-1", "Wagyu", ProductUnit.KG, BigDecimal.ONE,
                null, null, " Premium "), NOW);

        assertEquals("Premium", product.restrictedToLabel());
        assertTrue(product.isVisibleTo(List.of("vip", "premium")));
        assertFalse(product.isVisibleTo(List.of("vip")));
        assertFalse(product.isVisibleTo(null));

        product.deactivate(NOW.plusSeconds(1));
        assertFalse(product.isVisibleTo(List.of("Premium")));
        assertEquals(NOW.plusSeconds(1), product.updatedAt());
        product.reactivate(NOW.plusSeconds(2));
        assertTrue(product.isVisibleTo(List.of("Premium")));
    }
}
