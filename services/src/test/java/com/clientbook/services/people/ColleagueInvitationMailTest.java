package com.clientbook.services.people;

import com.clientbook.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColleagueInvitationMailTest {

    private static final Instant EXPIRY = Instant.parse("2026-12-20T09:30:00Z");
    private static final String URL = "https://clientbook.example/set-password.xhtml?token=abc";

    @Test
    void aVendorsColleagueIsInvitedToTheTeamWithTheRoleInWords() {
        ColleagueInvitationMail mail = ColleagueInvitationMail.of("en", "Anna Admin", "Sam", "Alpine Fresh Foods",
                Role.VENDOR_STAFF, URL, EXPIRY);

        assertEquals("Join Alpine Fresh Foods on Clientbook", mail.subject());
        assertTrue(mail.body().contains("Anna Admin invites you to join Alpine Fresh Foods on Clientbook as staff."), mail.body());
        assertTrue(mail.body().contains(URL));
        assertTrue(mail.body().contains("until 20 December 2026, 09:30 (UTC)"), mail.body());
    }

    @Test
    void aCompanyThatSpeaksGermanInvitesInGermanAndAnyOtherLanguageInEnglish() {
        ColleagueInvitationMail german = ColleagueInvitationMail.of("de", "Anna Admin", "Sam", "Alpine Fresh Foods",
                Role.CUSTOMER_BUYER, URL, EXPIRY);
        ColleagueInvitationMail other = ColleagueInvitationMail.of(null, "Anna Admin", "Sam", "Café Central",
                Role.CUSTOMER_ADMIN, URL, EXPIRY);

        assertEquals("Alpine Fresh Foods auf Clientbook beitreten", german.subject());
        assertTrue(german.body().contains("Anna Admin lädt Sie ein, Alpine Fresh Foods auf Clientbook als Einkäufer/in beizutreten."));
        assertTrue(german.body().contains("bis 20. Dezember 2026, 09:30 (UTC)"), german.body());
        assertTrue(other.body().contains("join Café Central on Clientbook as an admin."), other.body());
    }

    @Test
    void aPlatformAdministratorIsInvitedToRunThePlatform() {
        ColleagueInvitationMail mail = ColleagueInvitationMail.of(null, "Platform Administrator", "Pia", "Clientbook platform",
                Role.PLATFORM_ADMIN, URL, EXPIRY);

        assertEquals("Become a Clientbook platform administrator", mail.subject());
        assertTrue(mail.body().contains("invites you to run Clientbook as a platform administrator."), mail.body());
    }
}
