package com.clientbook.services.imports;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which column of the file holds which value. Headers are matched ignoring case, blanks, hyphens, underscores, a
 * trailing {@code *} and accents, in English or German ("Company name*", "company_name", "Firmenname"); columns
 * with other headers are kept in the report but not read. Company name and e-mail are required.
 */
public final class ImportColumns {

    /** The columns an import reads, in the order of the sample file. */
    public enum Column {
        COMPANY_NAME("company name", "companyname", "company", "firmenname", "firma", "name"),
        EMAIL("email", "e-mail", "mail", "emailaddress"),
        CUSTOMER_NUMBER("customer number", "customernumber", "customerno", "kundennummer", "kundennr"),
        LABELS("labels", "label", "tags"),
        CONTACT_FIRST_NAME("contact first name", "contactfirstname", "firstname", "vorname"),
        CONTACT_LAST_NAME("contact last name", "contactlastname", "lastname", "nachname"),
        PHONE("phone", "telephone", "telefon"),
        STREET("street", "strasse", "adresse", "address"),
        POSTAL_CODE("postal code", "postalcode", "zip", "zipcode", "plz", "postleitzahl"),
        CITY("city", "ort", "stadt"),
        COUNTRY("country", "land"),
        LANGUAGE("language", "sprache");

        private final String title;
        private final List<String> names;

        Column(String title, String... names) {
            this.title = title;
            this.names = keys(title, names);
        }

        /** The column's name in the sample file and in error messages. */
        public String title() {
            return title;
        }

        /** Whether a header names this column, as an import reads headers (an ERP reconciliation guesses its mapping so). */
        public boolean named(String header) {
            return names.contains(key(header));
        }
    }

    private final Map<Column, Integer> positions;

    private ImportColumns(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /** Finds the columns in a header row; refuses a header without company name or e-mail, or with one twice. */
    public static ImportColumns of(List<String> header) {
        Map<Column, Integer> positions = positions(header, Column.class, column -> column.names, Column::title);
        for (Column required : List.of(Column.COMPANY_NAME, Column.EMAIL)) {
            if (!positions.containsKey(required)) {
                throw ImportFileRefusedException.because("customerHeader", "the first row must be a header with the columns "
                        + "\"company name\" and \"email\"; \"" + required.title() + "\" is missing. Download the sample file"
                        + " to see the layout.", required.title());
            }
        }
        return new ImportColumns(positions);
    }

    /** The value of a column in a row, or {@code null} when the file has no such column or the row is shorter. */
    public String value(List<String> row, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? null : row.get(position);
    }

    /**
     * Where each column of an import's kind is in a header row, its headers matched by {@link #key}; refuses a header
     * with one column twice.
     */
    static <C extends Enum<C>> Map<C, Integer> positions(List<String> header, Class<C> columns,
                                                         Function<C, List<String>> names, Function<C, String> title) {
        Map<C, Integer> positions = new EnumMap<>(columns);
        for (int i = 0; i < header.size(); i++) {
            String key = key(header.get(i));
            for (C column : columns.getEnumConstants()) {
                if (names.apply(column).contains(key)) {
                    if (positions.containsKey(column)) {
                        throw ImportFileRefusedException.because("columnTwice", "the header has the column \""
                                + title.apply(column) + "\" twice.", title.apply(column));
                    }
                    positions.put(column, i);
                }
            }
        }
        return positions;
    }

    /** A column's title and other names, written readably, in the form headers are brought to for comparing. */
    static List<String> keys(String title, String... names) {
        return Stream.concat(Stream.of(title), Stream.of(names)).map(ImportColumns::key).distinct().toList();
    }

    static String key(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_*.\\-\\uFEFF]", "");
    }
}
