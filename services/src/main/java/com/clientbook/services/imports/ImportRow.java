package com.clientbook.services.imports;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.KnownCountryValidator;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.user.User;
import com.clientbook.services.imports.ImportColumns.Column;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of an import file, its values trimmed and brought to the form they are stored in, and what is wrong with
 * the row taken alone (the same rules as adding a customer by hand). Errors name the column and the reason;
 * {@code errorColumns} is empty for a row without them.
 */
public record ImportRow(int rowNumber, List<String> original, String companyName, String email, String customerNumber,
                        List<String> labels, String firstName, String lastName, String phone, String street,
                        String postalCode, String city, String country, String language,
                        String errorColumns, String error) {

    /** A practical address check: something, an at sign, a domain with a dot; no blanks. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[,;|]");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public static ImportRow of(int rowNumber, List<String> values, ImportColumns columns) {
        RowErrors errors = new RowErrors();
        Checker check = (column, key, arguments) -> errors.fail(column.title(), column.name(), key, arguments);
        String name = Text.trimToNull(columns.value(values, Column.COMPANY_NAME));
        if (name == null) {
            check.fail(Column.COMPANY_NAME, "import.row.missing");
        }
        String email = Text.trimToNull(columns.value(values, Column.EMAIL));
        if (email == null) {
            check.fail(Column.EMAIL, "import.row.missing");
        } else if (!EMAIL.matcher(email).matches() || email.length() > Company.EMAIL_MAX) {
            check.fail(Column.EMAIL, "import.row.notEmail", email);
        }
        String number = CustomerRelationship.normalizeCustomerNumber(columns.value(values, Column.CUSTOMER_NUMBER));
        List<String> labels = List.of();
        String labelText = columns.value(values, Column.LABELS);
        try {
            labels = CustomerRelationship.normalizeLabels(labelText == null ? List.of()
                    : Arrays.asList(LABEL_SEPARATORS.split(labelText)));
        } catch (IllegalArgumentException e) {
            check.fail(Column.LABELS, labelsProblem(labelText == null ? List.of() : Arrays.asList(LABEL_SEPARATORS.split(labelText))),
                    labelsLimit(labelText == null ? List.of() : Arrays.asList(LABEL_SEPARATORS.split(labelText))));
        }
        String country = upper(Text.trimToNull(columns.value(values, Column.COUNTRY)));
        if (!KnownCountryValidator.isKnown(country)) {
            check.fail(Column.COUNTRY, "import.row.notCountry", country);
        }
        String language = lower(Text.trimToNull(columns.value(values, Column.LANGUAGE)));
        if (language != null && !LANGUAGES.contains(language)) {
            check.fail(Column.LANGUAGE, "import.row.notLanguage", language);
        }
        ImportRow row = new ImportRow(rowNumber, values, name, email, number, labels,
                Text.trimToNull(columns.value(values, Column.CONTACT_FIRST_NAME)),
                Text.trimToNull(columns.value(values, Column.CONTACT_LAST_NAME)),
                Text.trimToNull(columns.value(values, Column.PHONE)),
                Text.trimToNull(columns.value(values, Column.STREET)),
                Text.trimToNull(columns.value(values, Column.POSTAL_CODE)),
                Text.trimToNull(columns.value(values, Column.CITY)),
                country, language, null, null);
        row.checkLengths(check);
        return errors.isEmpty() ? row : row.withError(errors.columns(), errors.message());
    }

    private void checkLengths(Checker check) {
        tooLong(check, Column.COMPANY_NAME, companyName, Company.NAME_MAX);
        tooLong(check, Column.CUSTOMER_NUMBER, customerNumber, CustomerRelationship.CUSTOMER_NUMBER_MAX);
        tooLong(check, Column.CONTACT_FIRST_NAME, firstName, User.NAME_MAX);
        tooLong(check, Column.CONTACT_LAST_NAME, lastName, User.NAME_MAX);
        tooLong(check, Column.PHONE, phone, Company.PHONE_MAX);
        tooLong(check, Column.STREET, street, Address.STREET_MAX);
        tooLong(check, Column.POSTAL_CODE, postalCode, Address.POSTAL_CODE_MAX);
        tooLong(check, Column.CITY, city, Address.CITY_MAX);
    }

    private static void tooLong(Checker check, Column column, String value, int max) {
        if (value != null && value.length() > max) {
            check.fail(column, "import.row.tooLong", max);
        }
    }

    public ImportRow withError(String columns, String message) {
        return new ImportRow(rowNumber, original, companyName, email, customerNumber, labels, firstName, lastName, phone,
                street, postalCode, city, country, language, columns, message);
    }

    public boolean valid() {
        return error == null;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Which rule of {@link CustomerRelationship#normalizeLabels} the labels break, as the key of the import's message:
     * a label too long, or too many labels.
     */
    static String labelsProblem(List<String> labels) {
        return labels.stream().anyMatch(l -> l != null && l.strip().length() > CustomerRelationship.LABEL_MAX)
                ? "import.row.labelTooLong" : "import.row.tooManyLabels";
    }

    /** The limit that {@link #labelsProblem} names. */
    static int labelsLimit(List<String> labels) {
        return "import.row.labelTooLong".equals(labelsProblem(labels)) ? CustomerRelationship.LABEL_MAX
                : CustomerRelationship.LABELS_MAX;
    }

    @FunctionalInterface
    private interface Checker {
        void fail(Column column, String key, Object... arguments);
    }
}
