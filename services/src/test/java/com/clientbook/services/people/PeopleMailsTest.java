package com.clientbook.services.people;

import com.clientbook.domain.user.Role;
import com.clientbook.services.mail.Mail;
import com.clientbook.services.mail.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleMailsTest {

    private static final Instant EXPIRY = Instant.parse("2026-12-20T09:30:00Z");
    private static final String URL = "https://clientbook.example/set-password.xhtml?token=abc";
    private static final Recipient SAM = new Recipient("sam@example.com", "Sam", Locale.ENGLISH, Recipient.UTC);
    private static final Recipient SAM_DE = new Recipient("sam@example.com", "Sam", Locale.GERMAN, Recipient.UTC);

    @Test
    void aVendorsColleagueIsInvitedToTheTeamWithTheRoleInWords() {
        Mail mail = PeopleMails.invitation(SAM, "Anna Admin", "Alpine Fresh Foods", Role.VENDOR_STAFF, URL, EXPIRY);

        assertEquals("Join Alpine Fresh Foods on Clientbook", mail.subject());
        assertTrue(mail.body().contains("Anna Admin invites you to join Alpine Fresh Foods on Clientbook as staff."), mail.body());
        assertTrue(mail.body().contains(URL));
        assertTrue(mail.body().contains("until 20 December 2026, 09:30 (UTC)"), mail.body());
    }

    @Test
    void aColleagueWhoReadsGermanIsInvitedInGerman() {
        Mail german = PeopleMails.invitation(SAM_DE, "Anna Admin", "Alpine Fresh Foods", Role.CUSTOMER_BUYER, URL, EXPIRY);
        Mail admin = PeopleMails.invitation(SAM, "Anna Admin", "Café Central", Role.CUSTOMER_ADMIN, URL, EXPIRY);

        assertEquals("Alpine Fresh Foods auf Clientbook beitreten", german.subject());
        assertTrue(german.body().contains("Anna Admin lädt Sie ein, Alpine Fresh Foods auf Clientbook als Einkäufer/in beizutreten."),
                german.body());
        assertTrue(german.body().contains("bis 20. Dezember 2026, 09:30 (UTC)"), german.body());
        assertTrue(admin.body().contains("join Café Central on Clientbook as an admin."), admin.body());
    }

    @Test
    void aPlatformAdministratorIsInvitedToRunThePlatform() {
        Mail mail = PeopleMails.invitation(SAM, "Platform Administrator", "Clientbook platform", Role.PLATFORM_ADMIN, URL, EXPIRY);
        Mail german = PeopleMails.invitation(SAM_DE, "Platform Administrator", "Clientbook platform", Role.PLATFORM_ADMIN, URL, EXPIRY);

        assertEquals("Become a Clientbook platform administrator", mail.subject());
        assertTrue(mail.body().contains("invites you to run Clientbook as a platform administrator."), mail.body());
        assertEquals("Werden Sie Plattform-Administrator/in von Clientbook", german.subject());
    }

    @Test
    void aNewAddressIsConfirmedThereAndAnnouncedAtTheCurrentOne() {
        Recipient newAddress = new Recipient("new@example.com", "Sam", Locale.ENGLISH, Recipient.UTC);
        Mail confirm = PeopleMails.confirmEmail(newAddress, "sam@example.com", URL, EXPIRY);
        Mail notice = PeopleMails.emailChanging(SAM_DE, "new@example.com");

        assertEquals("new@example.com", confirm.to());
        assertEquals("Confirm your new Clientbook e-mail address", confirm.subject());
        assertTrue(confirm.body().contains("as new@example.com instead of sam@example.com."), confirm.body());
        assertTrue(confirm.body().contains("Until then you sign in with sam@example.com."), confirm.body());
        assertEquals("sam@example.com", notice.to());
        assertEquals("Die E-Mail-Adresse Ihres Clientbook-Kontos ändert sich bald", notice.subject());
        assertTrue(notice.body().contains("von sam@example.com in new@example.com ändern"), notice.body());
    }
}
