package com.clientbook.domain.company;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A value added tax identification number as the EU writes them: a two-letter country prefix and 2 to 13 letters or
 * digits. People type them with blanks, dots and dashes and in any case ("DE 123 456 789", "de-123.456.789"); those
 * carry no meaning, so they are removed before the id is checked, stored and compared.
 */
public final class VatId {

    /** The longest normalised id: two letters and thirteen letters or digits. */
    public static final int MAX = 15;
    public static final String PATTERN = "[A-Z]{2}[A-Z0-9]{2,13}";
    private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);
    private static final Pattern NOISE = Pattern.compile("[\\s.\\-]+");

    private VatId() {
    }

    /** Upper case, without blanks, dots and dashes; {@code null} for nothing typed. Does not check the form. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = NOISE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    /** Whether a normalised id has the form of a VAT id (its check digits are not checked). */
    public static boolean isWellFormed(String normalised) {
        return normalised != null && WELL_FORMED.matcher(normalised).matches();
    }
}
