package com.clientbook.services.imports;

import com.clientbook.domain.imports.RowAction;
import com.clientbook.domain.product.ProductDescription;
import com.clientbook.domain.product.ProductUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a product row does against the stored product: new, unchanged (the same file again), changed, or refused. */
class ProductPlannerTest {

    private static final ProductPlanner.Stored MILK = new ProductPlanner.Stored(7, 3, new ProductDescription("MLK-1",
            "Whole milk", ProductUnit.CRATE, new BigDecimal("12"), new BigDecimal("13.20"), "EUR", null), true);

    @Test
    void theSameValuesWrittenOtherwiseChangeNothing() {
        ProductPlanner.Plan plan = plan(List.of("article number", "name", "unit", "pack size", "price", "currency"),
                List.of("mlk-1", " Whole milk ", "Kiste", "12,000", "13,2", "eur"));
        assertEquals(RowAction.UPDATE, plan.action(), "only the key's spelling differs");
        assertTrue(ImportMessage.english(plan.message()).equals("Changes article number."), plan.message());

        ProductPlanner.Plan same = plan(List.of("article number", "name", "unit", "pack size", "price", "currency"),
                List.of("MLK-1", "Whole milk", "crate", "12", "13.20", "EUR"));
        assertEquals(RowAction.UNCHANGED, same.action());
        assertEquals(7L, same.productId());
    }

    @Test
    void aColumnTheFileLacksKeepsTheStoredValueAnEmptyCellClearsIt() {
        ProductPlanner.Plan noPrice = plan(List.of("article number", "name", "unit", "pack size"),
                List.of("MLK-1", "Whole milk", "crate", "6"));
        assertEquals(RowAction.UPDATE, noPrice.action());
        assertEquals(new BigDecimal("13.20"), noPrice.input().price(), "no price column: the price stays");
        assertEquals(3L, noPrice.version(), "written over the version read");

        ProductPlanner.Plan cleared = plan(List.of("article number", "name", "unit", "pack size", "price", "currency"),
                List.of("MLK-1", "Whole milk", "crate", "12", "", ""));
        assertEquals(RowAction.UPDATE, cleared.action());
        assertEquals(null, cleared.input().price());
        assertEquals("Changes price, currency.", ImportMessage.english(cleared.message()));

        ProductPlanner.Plan priceOnly = plan(List.of("article number", "name", "unit", "pack size", "price", "currency"),
                List.of("MLK-1", "Whole milk", "crate", "12", "14", ""));
        assertEquals(RowAction.ERROR, priceOnly.action());
        assertEquals("currency", priceOnly.errorColumn());
    }

    @Test
    void anUnknownArticleNumberIsANewActiveProduct() {
        ProductPlanner.Plan plan = plan(List.of("article number", "name", "unit", "pack size"), List.of("OIL-1", "Oil", "l", "0,75"));
        assertEquals(RowAction.CREATE, plan.action());
        assertTrue(plan.input().active());
        assertEquals(new BigDecimal("0.75"), plan.input().packSize());
    }

    private static ProductPlanner.Plan plan(List<String> header, List<String> cells) {
        ProductColumns columns = ProductColumns.of(header);
        ProductRow row = ProductRow.of(2, cells, columns);
        assertTrue(row.valid(), row.error());
        return new ProductPlanner(columns, Map.of(ProductPlanner.key("MLK-1"), MILK)).plan(row, null, null);
    }
}
