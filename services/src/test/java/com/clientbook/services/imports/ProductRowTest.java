package com.clientbook.services.imports;

import com.clientbook.domain.product.ProductUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading one row of a product file alone: numbers, units and yes/no as people write them, and each wrong cell. */
class ProductRowTest {

    private static final ProductColumns COLUMNS = ProductColumns.of(List.of("Artikelnummer", "Bezeichnung", "Einheit",
            "Gebindegröße", "Preis", "Währung", "Aktiv", "Nur für Label"));

    @Test
    void numbersTakeADecimalCommaOrPointAndThousandsSeparators() {
        assertEquals(new BigDecimal("2.5"), ProductRow.number("2,5"));
        assertEquals(new BigDecimal("2.5"), ProductRow.number(" 2.5 "));
        assertEquals(new BigDecimal("1234.50"), ProductRow.number("1.234,50"));
        assertEquals(new BigDecimal("1234.50"), ProductRow.number("1,234.50"));
        assertEquals(new BigDecimal("0.75"), ProductRow.number(",75"));
        assertEquals(new BigDecimal("12"), ProductRow.number("12"));
        assertNull(ProductRow.number("12 kg"));
        assertNull(ProductRow.number("abc"));
        assertNull(ProductRow.number("1,2,3"));
    }

    @Test
    void unitsInEnglishAndGermanAndAsAbbreviations() {
        assertEquals(ProductUnit.PIECE, ProductRow.unit("Stück"));
        assertEquals(ProductUnit.PIECE, ProductRow.unit("pcs"));
        assertEquals(ProductUnit.CRATE, ProductRow.unit("Kiste"));
        assertEquals(ProductUnit.KG, ProductRow.unit("KG"));
        assertEquals(ProductUnit.L, ProductRow.unit("Liter"));
        assertNull(ProductRow.unit("barrel"));
    }

    @Test
    void aGoodRowReadsAndEveryWrongCellIsNamed() {
        ProductRow good = ProductRow.of(2, List.of(" 1001 ", "Vollmilch", "Kiste", "12", "13,20", "eur", "nein", "Premium"), COLUMNS);
        assertTrue(good.valid(), good.error());
        assertEquals("1001", good.articleNumber());
        assertEquals("EUR", good.currency());
        assertEquals(Boolean.FALSE, good.active());
        assertEquals(new BigDecimal("13.20"), good.price());

        ProductRow bad = ProductRow.of(3, List.of("", "", "Fass", "0", "1,234", "EURO", "vielleicht", ""), COLUMNS);
        String english = ImportMessage.english(bad.error());
        assertTrue(english.contains("article number: missing") && english.contains("name: missing"), english);
        assertTrue(english.contains("unit: \"Fass\" is not a unit"), english);
        assertTrue(english.contains("pack size: 0 is not more than 0"), english);
        assertTrue(english.contains("price: 1,234 has more than 10 digits before the decimal point or more than 2 after it"), english);
        assertTrue(english.contains("currency: \"EURO\" is not an ISO 4217 currency code"), english);
        assertTrue(english.contains("active: \"vielleicht\" is neither yes nor no"), english);
        assertTrue(ImportMessage.in(java.util.Locale.GERMAN, bad.error()).contains("Einheit: „Fass“ ist keine Einheit"));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        ImportFileRefusedException refused = assertThrows(ImportFileRefusedException.class,
                () -> ProductColumns.of(List.of("article number", "name", "pack size")));
        assertTrue(refused.getMessage().contains("\"unit\" is missing"), refused.getMessage());
    }
}
