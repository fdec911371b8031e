package com.clientbook.services.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way the services read texts for people (e-mails, import reports): a properties bundle of this module in
 * exactly the language asked for, German for {@link Locale#GERMAN} and English otherwise, never the server's default,
 * its keys filled in with {@link MessageFormat} (so a single quote is written twice in the bundle).
 */
public final class TextBundle {

    // no fallback to the server's default locale: an English reader reads _en whatever the JVM speaks
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private TextBundle(String baseName, Locale locale) {
        this.locale = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(baseName, this.locale, TextBundle.class.getClassLoader(), EXACT);
    }

    /** The bundle {@code baseName} (e.g. "com.clientbook.services.mail.mails") in the language of the locale. */
    public static TextBundle of(String baseName, Locale locale) {
        return new TextBundle(baseName, locale);
    }

    /** The text for the key with the arguments put in; a missing key fails loudly (the bundle test prevents it). */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The text for the key as written, without placeholders filled (a date pattern, say). */
    public String raw(String key) {
        return bundle.getString(key);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }
}
