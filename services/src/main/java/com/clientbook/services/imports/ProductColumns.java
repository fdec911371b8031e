package com.clientbook.services.imports;

import java.util.List;
import java.util.Map;

/**
 * Which column of a product file holds which value (issue 15). Headers are matched as {@link ImportColumns} matches
 * them (case, blanks, hyphens, underscores, a trailing {@code *} and accents aside), in English or German ("Pack size",
 * "Gebindegröße"). Article number, name, unit and pack size are required; a column the file lacks leaves that value of
 * an existing product as it is.
 */
public final class ProductColumns {

    /** The columns a product import reads, in the order of the sample file. */
    public enum Column {
        ARTICLE_NUMBER("article number", "articleno", "article", "itemnumber", "itemno", "sku", "artikelnummer",
                "artikelnr", "artnr", "artikel"),
        PRODUCT_NAME("name", "productname", "product", "description", "bezeichnung", "artikelbezeichnung", "artikelname",
                "produktname", "produkt"),
        UNIT("unit", "unitofmeasure", "uom", "einheit", "mengeneinheit"),
        PACK_SIZE("pack size", "packagesize", "packsize", "gebindegrosse", "packungsgrosse", "verpackungseinheit", "inhalt"),
        PRICE("price", "unitprice", "netprice", "preis", "nettopreis", "einzelpreis"),
        CURRENCY("currency", "wahrung"),
        ACTIVE("active", "enabled", "aktiv"),
        LABEL_RESTRICTION("label restriction", "label", "restrictedtolabel", "visibleto", "onlyforlabel", "labelbeschrankung",
                "nurfurlabel", "sichtbarfur");

        private final String title;
        private final List<String> names;

        Column(String title, String... names) {
            this.title = title;
            this.names = ImportColumns.keys(title, names);
        }

        /** The column's name in the sample file and in error messages. */
        public String title() {
            return title;
        }

        /** Whether a product file must have the column. */
        public boolean required() {
            return this == ARTICLE_NUMBER || this == PRODUCT_NAME || this == UNIT || this == PACK_SIZE;
        }
    }

    private final Map<Column, Integer> positions;

    private ProductColumns(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /** Finds the columns in a header row; refuses a header without one of the required columns, or with one twice. */
    public static ProductColumns of(List<String> header) {
        Map<Column, Integer> positions = ImportColumns.positions(header, Column.class, column -> column.names, Column::title);
        for (Column column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                throw ImportFileRefusedException.productHeader(column.title());
            }
        }
        return new ProductColumns(positions);
    }

    /** Whether the file has the column: one it lacks leaves that value of an existing product as it is. */
    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The value of a column in a row, or {@code null} when the file has no such column or the row is shorter. */
    public String value(List<String> row, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? null : row.get(position);
    }
}
