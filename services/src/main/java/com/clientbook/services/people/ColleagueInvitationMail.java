package com.clientbook.services.people;

import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.TeamKind;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail that invites a colleague into a company (a vendor's team, a customer's people or the platform's
 * administrators), in the language of the company they are invited into: German for "de", English otherwise.
 *
 * @param subject the subject line
 * @param body    the plain text, with the single-use link
 */
record ColleagueInvitationMail(String subject, String body) {

    private static final DateTimeFormatter ENGLISH_EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GERMAN_EXPIRY = DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm", Locale.GERMAN)
            .withZone(ZoneOffset.UTC);

    /**
     * @param language  the company's language code, or {@code null}
     * @param invitedBy the inviting admin's name
     * @param person    the invited person's name (or address)
     * @param company   the company's name
     * @param role      the role the person is invited with
     * @param url       the link to choose a password
     * @param expiresAt until when the link works
     */
    static ColleagueInvitationMail of(String language, String invitedBy, String person, String company, Role role, String url,
                                      Instant expiresAt) {
        boolean platform = TeamKind.of(role) == TeamKind.PLATFORM;
        if ("de".equals(language)) {
            String subject = platform ? "Werden Sie Plattform-Administrator/in von Clientbook" : company + " auf Clientbook beitreten";
            String invitation = platform
                    ? invitedBy + " lädt Sie ein, Clientbook als Plattform-Administrator/in mit zu betreiben."
                    : invitedBy + " lädt Sie ein, " + company + " auf Clientbook als " + germanRole(role) + " beizutreten.";
            return new ColleagueInvitationMail(subject, "Guten Tag " + person + ",\n\n" + invitation + "\n"
                    + "Wählen Sie hier Ihr Passwort, um sich anzumelden:\n\n" + url + "\n\n"
                    + "Der Link funktioniert einmal und bis " + GERMAN_EXPIRY.format(expiresAt) + " (UTC).\n");
        }
        String subject = platform ? "Become a Clientbook platform administrator" : "Join " + company + " on Clientbook";
        String invitation = platform
                ? invitedBy + " invites you to run Clientbook as a platform administrator."
                : invitedBy + " invites you to join " + company + " on Clientbook as " + englishRole(role) + ".";
        return new ColleagueInvitationMail(subject, "Hello " + person + ",\n\n" + invitation + "\n"
                + "Choose your password here to sign in:\n\n" + url + "\n\n"
                + "The link works once and until " + ENGLISH_EXPIRY.format(expiresAt) + " (UTC).\n");
    }

    private static String englishRole(Role role) {
        return switch (role) {
            case VENDOR_ADMIN, CUSTOMER_ADMIN -> "an admin";
            case VENDOR_STAFF -> "staff";
            case CUSTOMER_BUYER -> "a buyer";
            case PLATFORM_ADMIN -> "a platform administrator";
        };
    }

    private static String germanRole(Role role) {
        return switch (role) {
            case VENDOR_ADMIN, CUSTOMER_ADMIN -> "Administrator/in";
            case VENDOR_STAFF -> "Mitarbeiter/in";
            case CUSTOMER_BUYER -> "Einkäufer/in";
            case PLATFORM_ADMIN -> "Plattform-Administrator/in";
        };
    }
}
