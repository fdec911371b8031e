package com.clientbook.services.imports;

import com.clientbook.domain.product.Product;
import com.clientbook.domain.product.ProductUnit;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.imports.ProductColumns.Column;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of a product file (issue 15), its values read and what is wrong with the row taken alone: article number
 * and name (required, not too long), a unit Clientbook knows (its name in English or German: "crate", "Kiste",
 * "Stück"), a pack size more than 0 with at most three decimals, a price of 0 or more with at most two, an ISO 4217
 * currency, yes or no for active, a label not too long. Numbers take a decimal comma or point ("2,5", "1.234,50").
 * A price and its currency go together; whether a row has both is decided with the stored product's values for the
 * columns the file lacks ({@link ProductPlanner}).
 *
 * @param active {@code null} where the cell is empty or the column missing: a new product is active, a stored one
 *               keeps its switch
 */
public record ProductRow(int rowNumber, List<String> original, String articleNumber, String name, ProductUnit unit,
                         BigDecimal packSize, BigDecimal price, String currency, Boolean active, String label,
                         String errorColumns, String error) {

    private static final Map<String, ProductUnit> UNITS = unitNames();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+|\\d{1,3}([.,' ]\\d{3})+)([.,]\\d+)?|[+-]?[.,]\\d+");

    public static ProductRow of(int rowNumber, List<String> values, ProductColumns columns) {
        RowErrors errors = new RowErrors();
        Checker check = (column, key, arguments) -> errors.fail(column.title(), column.name(), key, arguments);
        String number = Text.trimToNull(columns.value(values, Column.ARTICLE_NUMBER));
        if (number == null) {
            check.fail(Column.ARTICLE_NUMBER, "import.row.missing");
        } else if (number.length() > Product.ARTICLE_NUMBER_MAX) {
            check.fail(Column.ARTICLE_NUMBER, "import.row.tooLong", Product.ARTICLE_NUMBER_MAX);
        }
        String name = Text.trimToNull(columns.value(values, Column.PRODUCT_NAME));
        if (name == null) {
            check.fail(Column.PRODUCT_NAME, "import.row.missing");
        } else if (name.length() > Product.NAME_MAX) {
            check.fail(Column.PRODUCT_NAME, "import.row.tooLong", Product.NAME_MAX);
        }
        String unitText = Text.trimToNull(columns.value(values, Column.UNIT));
        ProductUnit unit = null;
        if (unitText == null) {
            check.fail(Column.UNIT, "import.row.missing");
        } else {
            unit = unit(unitText);
            if (unit == null) {
                check.fail(Column.UNIT, "import.product.notUnit", unitText);
            }
        }
        String packText = Text.trimToNull(columns.value(values, Column.PACK_SIZE));
        BigDecimal packSize = null;
        if (packText == null) {
            check.fail(Column.PACK_SIZE, "import.row.missing");
        } else {
            packSize = amount(check, Column.PACK_SIZE, packText, false, Product.PACK_SIZE_MAX, 7, 3);
        }
        String priceText = Text.trimToNull(columns.value(values, Column.PRICE));
        BigDecimal price = priceText == null ? null : amount(check, Column.PRICE, priceText, true, Product.PRICE_MAX, 10, 2);
        String currency = currency(Text.trimToNull(columns.value(values, Column.CURRENCY)));
        if (currency != null && !Product.isCurrency(currency)) {
            check.fail(Column.CURRENCY, "import.product.notCurrency", currency);
        }
        String activeText = Text.trimToNull(columns.value(values, Column.ACTIVE));
        Boolean active = null;
        if (activeText != null) {
            active = ScheduleRow.yesNo(activeText);
            if (active == null) {
                check.fail(Column.ACTIVE, "import.schedule.notYesNo", activeText);
            }
        }
        String label = Text.trimToNull(columns.value(values, Column.LABEL_RESTRICTION));
        if (label != null && label.length() > Product.LABEL_MAX) {
            check.fail(Column.LABEL_RESTRICTION, "import.row.tooLong", Product.LABEL_MAX);
        }
        return new ProductRow(rowNumber, values, number, name, unit, packSize, price, currency, active, label,
                errors.columns(), errors.message());
    }

    public boolean valid() {
        return error == null;
    }

    /** A unit by its name or a usual abbreviation, English or German, in any case: "kg", "Stück", "Kiste", "crates". */
    static ProductUnit unit(String text) {
        return UNITS.get(ImportColumns.key(text));
    }

    private static Map<String, ProductUnit> unitNames() {
        Map<String, ProductUnit> names = new HashMap<>();
        for (ProductUnit unit : ProductUnit.values()) {
            names.put(ImportColumns.key(unit.name()), unit);
        }
        put(names, ProductUnit.PIECE, "pieces", "pc", "pcs", "pce", "each", "ea", "unit", "stück", "stk", "st");
        put(names, ProductUnit.KG, "kilogram", "kilograms", "kilogramm", "kilo");
        put(names, ProductUnit.G, "gram", "grams", "gramm", "gr");
        put(names, ProductUnit.L, "liter", "litre", "liters", "litres", "lt", "ltr");
        put(names, ProductUnit.CRATE, "crates", "kiste", "kisten");
        put(names, ProductUnit.BOX, "boxes", "karton", "kartons", "schachtel");
        put(names, ProductUnit.BOTTLE, "bottles", "btl", "flasche", "flaschen", "fl");
        put(names, ProductUnit.BAG, "bags", "beutel", "sack", "säcke", "tüte");
        put(names, ProductUnit.PACK, "packs", "package", "packet", "pkg", "packung", "packungen", "paket", "pckg");
        put(names, ProductUnit.CASE, "cases", "kasten", "tray", "steige");
        return Map.copyOf(names);
    }

    private static void put(Map<String, ProductUnit> names, ProductUnit unit, String... words) {
        for (String word : words) {
            names.put(ImportColumns.key(word), unit);
        }
    }

    /**
     * A decimal number with a comma or a point before its decimals, and optionally points, commas, apostrophes or
     * blanks between thousands ("1.234,50", "1,234.50", "1'234.5"); {@code null} for anything else.
     */
    static BigDecimal number(String text) {
        String plain = text.strip();
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        int decimal = Math.max(plain.lastIndexOf(','), plain.lastIndexOf('.'));
        // a single separator followed by exactly three digits is a decimal one ("2.500" kg is 2.5 in German files, 2.5
        // in English ones): read as a decimal, since thousands in a pack size or price are rare and grouped rarer still
        String whole = decimal < 0 ? plain : plain.substring(0, decimal);
        String fraction = decimal < 0 ? "" : plain.substring(decimal + 1);
        String digits = whole.replaceAll("[.,' ]", "") + (fraction.isEmpty() ? "" : "." + fraction);
        try {
            return new BigDecimal(digits.startsWith(".") || digits.startsWith("-.") || digits.startsWith("+.")
                    ? digits.replace(".", "0.") : digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A pack size (more than 0) or price (0 or more) with at most {@code integerDigits} before and {@code decimals}
     * after the decimal point; {@code null}, with the reason at the column, for anything else.
     */
    private static BigDecimal amount(Checker check, Column column, String text, boolean zeroAllowed, BigDecimal max,
                                     int integerDigits, int decimals) {
        BigDecimal amount = number(text);
        if (amount == null) {
            check.fail(column, "import.product.notNumber", text);
        } else if (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0) {
            check.fail(column, zeroAllowed ? "import.product.negative" : "import.product.notPositive", text);
        } else if (amount.compareTo(max) > 0 || decimals(amount) > decimals) {
            check.fail(column, "import.product.digits", text, integerDigits, decimals);
        } else {
            return amount;
        }
        return null;
    }

    private static int decimals(BigDecimal number) {
        return Math.max(0, number.stripTrailingZeros().scale());
    }

    /** The currency as a code in capitals; "€" is EUR. */
    private static String currency(String text) {
        if (text == null) {
            return null;
        }
        return text.equals("€") ? "EUR" : text.toUpperCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface Checker {
        void fail(Column column, String key, Object... arguments);
    }
}
