package com.clientbook.domain.customfield;

import com.clientbook.domain.shared.InvalidInputException.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that says what a custom field's value may be and how it is written. Three shapes:
 * <ul>
 *     <li><b>wire</b>: as the API and the services take it: a string (text, choice, an ISO date), a number, true/false,
 *     a list of strings (several choices), or {@code null} (clears the field);</li>
 *     <li><b>value</b>: as stored ({@link #accept}): String, BigDecimal, LocalDate, Boolean or a list of strings;</li>
 *     <li><b>text in a language</b>: as a person types and reads it ({@link #parse}, {@link #format}): numbers as
 *     1,234.5 or 1.234,5, dates as 2026-12-31 or 31.12.2026, yes/no.</li>
 * </ul>
 * Refusals are {@link FieldError}s on {@code customFields.<key>} with a bundle key, so pages say them in the reader's
 * language and the API in English.
 */
public final class CustomFieldValues {

    public static final int TEXT_MAX = 500;
    public static final int LONG_TEXT_MAX = 4000;
    /** numeric(19, 4): fifteen digits before the point, four after. */
    public static final int INTEGER_DIGITS_MAX = 15;
    public static final int DECIMALS_MAX = 4;

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_DATE_WRITTEN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private CustomFieldValues() {
    }

    /** The error's field name: {@code customFields.<key>}. */
    public static String fieldName(CustomField field) {
        return "customFields." + field.key();
    }

    /**
     * The stored value for a wire value, or a refusal. {@code null} and a blank string are "no value" (empty answer);
     * required is the caller's rule (it depends on whether the field is being cleared).
     */
    public static Optional<Object> accept(CustomField field, Object wire) throws RefusedValue {
        if (wire == null || wire instanceof String s && s.isBlank()
                || wire instanceof Collection<?> c && c.isEmpty() && field.type() != CustomFieldType.CHOICES) {
            return Optional.empty();
        }
        return Optional.of(switch (field.type()) {
            case TEXT -> text(field, wire, TEXT_MAX);
            case LONG_TEXT -> text(field, wire, LONG_TEXT_MAX);
            case NUMBER -> {
                BigDecimal number = number(field, wire);
                if (number.stripTrailingZeros().scale() > 0) {
                    throw refused(field, "customField.value.wholeNumber", "Enter a whole number, such as 42.");
                }
                yield whole(number);
            }
            case DECIMAL -> {
                BigDecimal number = number(field, wire);
                if (number.stripTrailingZeros().scale() > DECIMALS_MAX) {
                    throw refused(field, "customField.value.decimals", "Enter at most 4 decimals.", DECIMALS_MAX);
                }
                yield number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
            }
            case YES_NO -> {
                if (wire instanceof Boolean b) {
                    yield b;
                }
                throw refused(field, "customField.value.yesNo", "Answer true or false.");
            }
            case DATE -> {
                if (wire instanceof LocalDate date) {
                    yield date;
                }
                if (wire instanceof String s) {
                    try {
                        yield LocalDate.parse(s.strip());
                    } catch (DateTimeParseException e) {
                        // refused below
                    }
                }
                throw refused(field, "customField.value.date", "Enter a date as 2026-12-31.");
            }
            case CHOICE -> {
                String chosen = text(field, wire, CustomField.OPTION_MAX);
                yield option(field, chosen);
            }
            case CHOICES -> {
                if (!(wire instanceof Collection<?> list)) {
                    throw refused(field, "customField.value.choices", "Send a list of the field's options.");
                }
                LinkedHashSet<String> chosen = new LinkedHashSet<>();
                for (Object item : list) {
                    if (!(item instanceof String s)) {
                        throw refused(field, "customField.value.choices", "Send a list of the field's options.");
                    }
                    chosen.add(option(field, s.strip()));
                }
                if (chosen.isEmpty()) {
                    yield List.of();
                }
                // in the order of the field's options, so equal choices are equal values
                yield field.options().stream().filter(chosen::contains).toList();
            }
        }).filter(v -> !(v instanceof List<?> l && l.isEmpty()));
    }

    /** The value for the API and the payloads: strings, numbers, true/false, ISO dates, lists of strings. */
    public static Object wire(CustomFieldType type, Object value) {
        return value instanceof LocalDate date ? date.toString() : value;
    }

    /** The value as the history and the exports write it, the same in every language; {@code null} for none. */
    public static String text(CustomFieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case CHOICES -> String.join(", ", strings(value));
            case NUMBER, DECIMAL -> ((BigDecimal) value).toPlainString();
            default -> String.valueOf(value);
        };
    }

    /** A value as a person reads it in {@code locale}; "" for none. Yes/no is the caller's word. */
    public static String format(CustomFieldType type, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case NUMBER, DECIMAL -> numberFormat(locale).format(value);
            case DATE -> german(locale) ? GERMAN_DATE_WRITTEN.format((LocalDate) value) : value.toString();
            case CHOICES -> String.join(", ", strings(value));
            default -> String.valueOf(value);
        };
    }

    /**
     * What a person typed in {@code locale}, as a wire value: numbers and dates in that language's writing (ISO dates
     * in either); other types are taken as they are. A blank text is {@code null}.
     */
    public static Object parse(String key, CustomFieldType type, String typed, Locale locale) throws RefusedValue {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.strip();
        return switch (type) {
            case NUMBER, DECIMAL -> {
                ParsePosition position = new ParsePosition(0);
                DecimalFormat format = numberFormat(locale);
                format.setParseBigDecimal(true);
                Number number = format.parse(s.replace(" ", "").replace("\u00a0", ""), position);
                if (number == null || position.getIndex() != s.replace(" ", "").replace("\u00a0", "").length()) {
                    throw refused(key, "customField.value.number." + (german(locale) ? "de" : "en"),
                            "Enter a number, such as 1,234.5.");
                }
                yield number;
            }
            case DATE -> {
                try {
                    yield (german(locale) && s.contains(".") ? LocalDate.parse(s, GERMAN_DATE) : LocalDate.parse(s)).toString();
                } catch (DateTimeParseException e) {
                    throw refused(key, "customField.value.date." + (german(locale) ? "de" : "en"),
                            "Enter a date as 2026-12-31.");
                }
            }
            default -> s;
        };
    }

    static BigDecimal whole(BigDecimal number) {
        return number.setScale(0, RoundingMode.UNNECESSARY);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(value));
    }

    private static boolean german(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }

    private static DecimalFormat numberFormat(Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(german(locale) ? Locale.GERMANY : Locale.UK));
        format.setMaximumFractionDigits(DECIMALS_MAX);
        return format;
    }

    private static String text(CustomField field, Object wire, int max) throws RefusedValue {
        if (!(wire instanceof String s)) {
            throw refused(field, "customField.value.text", "Send text.");
        }
        String text = s.strip();
        if (text.length() > max) {
            throw refused(field, "customField.value.tooLong", "Enter at most " + max + " characters.", max);
        }
        return text;
    }

    private static BigDecimal number(CustomField field, Object wire) throws RefusedValue {
        BigDecimal number;
        if (wire instanceof BigDecimal b) {
            number = b;
        } else if (wire instanceof Integer || wire instanceof Long) {
            number = BigDecimal.valueOf(((Number) wire).longValue());
        } else {
            throw refused(field, "customField.value.number", "Send a number.");
        }
        if (number.precision() - number.scale() > INTEGER_DIGITS_MAX) {
            throw refused(field, "customField.value.tooLarge", "Enter a number below 1,000,000,000,000,000.");
        }
        return number;
    }

    private static String option(CustomField field, String chosen) throws RefusedValue {
        return field.options().stream().filter(o -> o.equals(chosen)).findFirst()
                .or(() -> field.options().stream().filter(o -> o.equalsIgnoreCase(chosen)).findFirst())
                .orElseThrow(() -> refused(field, "customField.value.option", "Choose one of: "
                        + String.join(", ", field.options()) + ".", String.join(", ", field.options())));
    }

    private static RefusedValue refused(CustomField field, String key, String english, Object... arguments) {
        return refused(field.key(), key, english, arguments);
    }

    private static RefusedValue refused(String fieldKey, String key, String english, Object... arguments) {
        return new RefusedValue(FieldError.worded("customFields." + fieldKey, key, english, arguments));
    }

    /** Checks a list of options: each given, at most 100 characters, no line breaks, no two alike. */
    public static List<String> options(List<String> given) {
        List<String> options = new ArrayList<>();
        for (String option : given == null ? List.<String>of() : given) {
            String o = option == null ? "" : option.strip();
            if (!o.isEmpty() && options.stream().noneMatch(o::equalsIgnoreCase)) {
                options.add(o);
            }
        }
        return options;
    }

    /** A value refused, with the field's error. */
    public static final class RefusedValue extends Exception {
        private final transient FieldError error;

        RefusedValue(FieldError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }

        public FieldError error() {
            return error;
        }
    }
}
