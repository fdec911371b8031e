package com.clientbook.services.mail;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.User;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Whom an e-mail goes to, and how to speak to them: German for the language code "de", English for any other or
 * none (the two languages Clientbook is written in); dates in their time zone, else their company's, else UTC.
 *
 * @param email  the address
 * @param name   how to greet them (a name, or the address when no name is known)
 * @param locale {@link Locale#GERMAN} or {@link Locale#ENGLISH}
 * @param zone   the time zone for dates and times
 */
public record Recipient(String email, String name, Locale locale, ZoneId zone) {

    /** UTC, named so in e-mails: "09:30 (UTC)". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    /** A person: their own language and time zone; else their company's. */
    public static Recipient of(User person) {
        String language = person.language() != null ? person.language()
                : person.company() == null ? null : person.company().language();
        ZoneId own = zone(person.timeZone());
        return new Recipient(person.email(), person.displayName(), locale(language),
                own.equals(UTC) ? zoneOf(person.company()) : own);
    }

    /** An address that is no account yet (an invitation, a company's own address): the company's language and zone. */
    public static Recipient of(String email, String name, Company company) {
        return new Recipient(email, name == null ? email : name, locale(company == null ? null : company.language()),
                zoneOf(company));
    }

    /** The company's time zone; UTC for none (a customer company has none, a vendor may choose one). */
    public static ZoneId zoneOf(Company company) {
        if (company == null) {
            return UTC;
        }
        ZoneId zone = company.zone();
        return zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone;
    }

    /** The language of a code as mails speak it: German for "de", English otherwise. */
    public static Locale locale(String language) {
        return "de".equalsIgnoreCase(language) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneOffset.UTC.getId().equals(zone) ? UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }
}
