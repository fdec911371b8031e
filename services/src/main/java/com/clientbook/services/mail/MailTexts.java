package com.clientbook.services.mail;

import com.clientbook.services.shared.TextBundle;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The texts of e-mails in one recipient's language: reads {@code mails_<language>.properties} through
 * {@link TextBundle} (keys with {@link MessageFormat} placeholders) and formats dates the way that language writes them, in the recipient's time
 * zone and naming it. Every feature's mail class words its mails through this, so there is one bundle and one way
 * to read it.
 */
public final class MailTexts {

    static final String BUNDLE = "com.clientbook.services.mail.mails";

    private final Recipient recipient;
    private final TextBundle bundle;

    private MailTexts(Recipient recipient) {
        this.recipient = recipient;
        this.bundle = TextBundle.of(BUNDLE, recipient.locale());
    }

    /** The texts for this recipient. */
    public static MailTexts of(Recipient recipient) {
        return new MailTexts(recipient);
    }

    /** The bundle's text for the key with the arguments put in; a missing key fails loudly (the bundle test prevents it). */
    public String text(String key, Object... arguments) {
        return bundle.text(key, arguments);
    }

    /**
     * The mail {@code <key>.subject} / {@code <key>.body} to the recipient; the same arguments fill both, so a
     * subject may use any of the body's placeholders.
     */
    public Mail mail(String key, Object... arguments) {
        return new Mail(recipient.email(), text(key + ".subject", arguments), text(key + ".body", arguments));
    }

    /** An instant as the recipient reads it, in their time zone and naming it: "20 December 2026, 09:30 (UTC)". */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(bundle.raw("format.dateTime"), recipient.locale())
                .withZone(recipient.zone()).format(instant) + " (" + recipient.zone().getId() + ")";
    }

    /** A calendar day in the recipient's language, no time zone needed: "20 December 2026" / "20. Dezember 2026". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(bundle.raw("format.date"), recipient.locale()).format(day);
    }

    /** A last day that still counts: "until 20 December 2026 (last day included)" / "bis einschließlich 20. Dezember 2026". */
    public String untilIncluding(LocalDate lastDay) {
        return text("format.untilIncluding", date(lastDay));
    }

    public Recipient recipient() {
        return recipient;
    }
}
