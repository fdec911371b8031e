package com.clientbook.services.reconciliation;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.services.imports.ImportColumns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of an ERP file's columns holds the customer number, the name, the e-mail, the postal code and the city. Guessed
 * from the vendor's last mapping (by header text), else from the headers as an import reads them ("Kundennummer",
 * "E-Mail", "PLZ"); the vendor may change it on screen. Number and name are required.
 *
 * @param positions the file's column (0-based) per {@link Field}, in that order; -1 for none
 */
public record ErpColumns(List<Integer> positions) {

    /** The values a reconciliation reads, in the order of {@link #positions}. */
    public enum Field {
        CUSTOMER_NUMBER(ImportColumns.Column.CUSTOMER_NUMBER, true),
        NAME(ImportColumns.Column.COMPANY_NAME, true),
        EMAIL(ImportColumns.Column.EMAIL, false),
        POSTAL_CODE(ImportColumns.Column.POSTAL_CODE, false),
        CITY(ImportColumns.Column.CITY, false);

        private final ImportColumns.Column importColumn;
        private final boolean required;

        Field(ImportColumns.Column importColumn, boolean required) {
            this.importColumn = importColumn;
            this.required = required;
        }

        public boolean required() {
            return required;
        }

        /** The field's name in the API and in error messages: customerNumber, name, email, postalCode, city. */
        public String apiName() {
            String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder name = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return name.toString();
        }
    }

    public ErpColumns {
        positions = List.copyOf(positions);
        if (positions.size() != Field.values().length) {
            throw new IllegalArgumentException("One position per field");
        }
    }

    /** The mapping of the JSON rows: the five fields in their order. */
    public static ErpColumns inOrder() {
        return new ErpColumns(List.of(0, 1, 2, 3, 4));
    }

    /** The vendor's last mapping where its header texts are in this header, else the import's names for the columns. */
    public static ErpColumns guess(List<String> header, Optional<List<String>> remembered) {
        List<Integer> positions = new ArrayList<>();
        for (Field field : Field.values()) {
            int position = remembered.map(r -> r.get(field.ordinal())).map(text -> indexOf(header, text)).orElse(-1);
            if (position < 0) {
                for (int i = 0; i < header.size() && position < 0; i++) {
                    if (field.importColumn.named(header.get(i))) {
                        position = i;
                    }
                }
            }
            positions.add(position);
        }
        return new ErpColumns(positions);
    }

    private static int indexOf(List<String> header, String text) {
        for (int i = 0; text != null && i < header.size(); i++) {
            if (text.equals(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    public int position(Field field) {
        return positions.get(field.ordinal());
    }

    /** Refuses a mapping without number or name, with a column outside the header, or with one column for two fields. */
    public ErpColumns requireValidFor(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (Field field : Field.values()) {
            int position = position(field);
            if (position < -1 || position >= header.size()) {
                errors.add(FieldError.worded("columns." + field.apiName(), "reconcile.columnMissing",
                        "The file has no column " + (position + 1) + ".", position + 1));
            } else if (position == -1 && field.required()) {
                errors.add(FieldError.worded("columns." + field.apiName(), "reconcile.columnRequired",
                        "Choose the file's column that holds the " + (field == Field.NAME ? "customer's name." : "customer number.")));
            } else if (position >= 0 && positions.indexOf(position) != field.ordinal()) {
                errors.add(FieldError.worded("columns." + field.apiName(), "reconcile.columnTwice", "The column \""
                        + header.get(position) + "\" is chosen for another value already.", header.get(position)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    /** The header text per field (null where none), as the vendor's mapping is remembered. */
    public List<String> headerTexts(List<String> header) {
        return positions.stream().map(p -> p < 0 ? null : header.get(p)).toList();
    }

    /** A row's value of a field, trimmed; null when blank or not mapped. */
    public String value(List<String> row, Field field) {
        int position = position(field);
        if (position < 0 || position >= row.size() || row.get(position) == null) {
            return null;
        }
        String value = row.get(position).strip();
        return value.isEmpty() ? null : value;
    }
}
