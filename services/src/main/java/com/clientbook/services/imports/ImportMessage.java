package com.clientbook.services.imports;

import com.clientbook.services.shared.TextBundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an import says about a row (or about the whole import), stored as keys of the bundle
 * {@code importMessages_en/_de.properties} with their arguments rather than as a sentence, so that the page and the
 * report say it in the reader's language and the API in English. A stored message is one or more parts, each a key
 * and its arguments, kept apart by the ASCII record and unit separators (characters no file cell keeps, see
 * {@link #of}); a text without them, written before, is shown as it is.
 */
public final class ImportMessage {

    static final String BUNDLE = "com.clientbook.services.imports.importMessages";

    /** Between the parts of a message. */
    public static final char PART = '\u001E';
    /** Between a part's key and each of its arguments. */
    public static final char ARGUMENT = '\u001F';
    /** A part's argument that names a column or field: said in the reader's words ({@code import.column.<name>}). */
    private static final String NAME = "\u001D";

    private ImportMessage() {
    }

    /** One part: a key with its arguments. Separator characters in an argument (from a file's cell) become blanks. */
    public static String of(String key, Object... arguments) {
        StringBuilder part = new StringBuilder(key);
        for (Object argument : arguments) {
            part.append(ARGUMENT).append(clean(String.valueOf(argument)));
        }
        return part.toString();
    }

    /** An argument that names a column of the file or a field ("CUSTOMER_NUMBER", "phone"), said in the reader's words. */
    public static String name(String name) {
        return NAME + name;
    }

    /** Several parts, said one after the other. */
    public static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining(String.valueOf(PART)));
    }

    /** The message in English, as the API and the services' callers without a reader read it. */
    public static String english(String stored) {
        return in(Locale.ENGLISH, stored);
    }

    /** The message in the reader's language (German or English); parts joined by "; ", ending with a full stop. */
    public static String in(Locale locale, String stored) {
        if (stored == null || stored.indexOf(ARGUMENT) < 0 && stored.indexOf(PART) < 0 && !stored.startsWith("import.")) {
            return stored;
        }
        TextBundle texts = TextBundle.of(BUNDLE, locale);
        List<String> said = new ArrayList<>();
        for (String part : stored.split(String.valueOf(PART))) {
            String[] pieces = part.split(String.valueOf(ARGUMENT), -1);
            Object[] arguments = Arrays.stream(pieces, 1, pieces.length).map(a -> word(texts, a)).toArray();
            said.add(texts.has(pieces[0]) ? texts.text(pieces[0], arguments) : part);
        }
        String text = String.join("; ", said);
        return text.endsWith(".") ? text : text + ".";
    }

    private static String word(TextBundle texts, String argument) {
        if (!argument.startsWith(NAME)) {
            return argument;
        }
        String names = argument.substring(NAME.length());
        return Arrays.stream(names.split(",")).map(name -> texts.has("import.column." + name) ? texts.raw("import.column." + name) : name)
                .collect(Collectors.joining(", "));
    }

    private static String clean(String argument) {
        String marker = argument.startsWith(NAME) ? NAME : "";
        return marker + argument.substring(marker.length()).replace(PART, ' ').replace(ARGUMENT, ' ').replace(NAME.charAt(0), ' ');
    }
}
