package com.clientbook.services.imports;

import com.clientbook.domain.imports.RowAction;
import com.clientbook.domain.product.Product;
import com.clientbook.domain.product.ProductDescription;
import com.clientbook.services.imports.ProductColumns.Column;
import com.clientbook.services.product.ProductInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, for each row of a product file's batch, what the import does with it, from the row and the vendor's product
 * with its article number as the database holds it now (issue 15):
 * <ol>
 *   <li>an error found in the row alone, or an article number an earlier row of the file has, stays an error;</li>
 *   <li>a column the file lacks takes the stored product's value (a new product's: none, and active); an empty price,
 *       currency or label cell means none, an empty active cell keeps the switch;</li>
 *   <li>a price without currency, or a currency without price, is an error (as on the product's page);</li>
 *   <li>no product with the article number: CREATE; one that has all the row says: UNCHANGED, so importing the same
 *       file again changes nothing; otherwise UPDATE, naming what changes.</li>
 * </ol>
 * Article numbers are only ever looked up among the import's vendor's products.
 */
final class ProductPlanner {

    /** A stored product, as the planner compares it. */
    record Stored(long id, long version, ProductDescription description, boolean active) {

        static Stored of(Product product) {
            return new Stored(product.id(), product.version(), product.description(), product.isActive());
        }
    }

    /** What one row does: {@code input} is what a CREATE or UPDATE writes; {@code productId} the product updated. */
    record Plan(int rowNumber, RowAction action, String errorColumn, String message, Long productId, Long version,
                ProductInput input) {

        static Plan error(int rowNumber, String column, String message) {
            return new Plan(rowNumber, RowAction.ERROR, column, message, null, null, null);
        }
    }

    private final ProductColumns columns;
    private final Map<String, Stored> stored;

    /**
     * @param columns the file's columns: those it lacks keep the stored values
     * @param stored  the vendor's products with the batch's article numbers, by {@link #key}
     */
    ProductPlanner(ProductColumns columns, Map<String, Stored> stored) {
        this.columns = columns;
        this.stored = stored;
    }

    /** The key an article number is looked up by: trimmed, in lower case. */
    static String key(String articleNumber) {
        return articleNumber == null ? null : articleNumber.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param row           the row as read again from its cells
     * @param errorColumns  the row's errors found on upload (its own, and an article number of an earlier row)
     * @param errors        their message, {@code null} for none
     */
    Plan plan(ProductRow row, String errorColumns, String errors) {
        if (errors != null) {
            return Plan.error(row.rowNumber(), errorColumns, errors);
        }
        Stored current = stored.get(key(row.articleNumber()));
        ProductDescription before = current == null ? null : current.description();
        BigDecimal price = columns.has(Column.PRICE) || before == null ? row.price() : before.price();
        String currency = columns.has(Column.CURRENCY) || before == null ? row.currency() : before.currency();
        String label = columns.has(Column.LABEL_RESTRICTION) || before == null ? row.label() : before.restrictedToLabel();
        boolean active = row.active() != null ? row.active() : current == null || current.active();
        if (price != null && currency == null) {
            return Plan.error(row.rowNumber(), Column.CURRENCY.title(), ImportMessage.of("import.product.priceWithoutCurrency",
                    ImportMessage.name(Column.CURRENCY.name())));
        }
        if (price == null && currency != null) {
            return Plan.error(row.rowNumber(), Column.PRICE.title(), ImportMessage.of("import.product.currencyWithoutPrice",
                    ImportMessage.name(Column.PRICE.name())));
        }
        ProductDescription after = Product.normalized(new ProductDescription(row.articleNumber(), row.name(), row.unit(),
                row.packSize(), price, currency, label));
        ProductInput input = new ProductInput(after.articleNumber(), after.name(), after.unit(), after.packSize(),
                after.price(), after.currency(), after.restrictedToLabel(), active);
        if (current == null) {
            return new Plan(row.rowNumber(), RowAction.CREATE, null, ImportMessage.of("import.product.create"), null, null, input);
        }
        List<String> changed = changes(before, after, current.active(), active);
        if (changed.isEmpty()) {
            return new Plan(row.rowNumber(), RowAction.UNCHANGED, null, ImportMessage.of("import.row.unchanged"), current.id(),
                    current.version(), null);
        }
        return new Plan(row.rowNumber(), RowAction.UPDATE, null, ImportMessage.of("import.row.update",
                ImportMessage.name(String.join(",", changed))), current.id(), current.version(), input);
    }

    /** The columns whose values differ, by their names ({@code import.column.*}). */
    private static List<String> changes(ProductDescription before, ProductDescription after, boolean wasActive, boolean active) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.articleNumber(), after.articleNumber())) {
            changed.add(Column.ARTICLE_NUMBER.name());
        }
        if (!Objects.equals(before.name(), after.name())) {
            changed.add(Column.PRODUCT_NAME.name());
        }
        if (before.unit() != after.unit()) {
            changed.add(Column.UNIT.name());
        }
        if (before.packSize().compareTo(after.packSize()) != 0) {
            changed.add(Column.PACK_SIZE.name());
        }
        if (!Objects.equals(plainOrNull(before.price()), plainOrNull(after.price()))) {
            changed.add(Column.PRICE.name());
        }
        if (!Objects.equals(before.currency(), after.currency())) {
            changed.add(Column.CURRENCY.name());
        }
        if (wasActive != active) {
            changed.add(Column.ACTIVE.name());
        }
        if (!Objects.equals(before.restrictedToLabel(), after.restrictedToLabel())) {
            changed.add(Column.LABEL_RESTRICTION.name());
        }
        return changed;
    }

    /** A number compared by its value: 13.2 and 13.20 are one price. */
    private static String plainOrNull(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
