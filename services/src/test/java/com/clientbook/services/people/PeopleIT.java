package com.clientbook.services.people;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.TeamKind;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.services.AdjustableClock;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.LockWaits;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.InvalidLinkException;
import com.clientbook.services.user.PasswordService;
import com.clientbook.services.user.SignedInUser;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People of a company inside Payara Micro on PostgreSQL, for a customer's people (issue 5), a vendor's team and the
 * platform admins (issue 10): inviting colleagues through the join link, roles of the company's kind, the last active
 * admin (also when two admins act at once), deactivation and reactivation, who may do what, tenancy, and each person's
 * contact data with the confirmed change of e-mail address. With {@link AdjustableClock} an invitation's 14 days can
 * pass; every test puts the clock back.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    private static final Pattern JOIN_LINK = Pattern.compile("http://clientbook\\.test/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CONFIRM_LINK = Pattern.compile("http://clientbook\\.test/confirm-email\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Colleague-Soup-2026";
    private static final String CONFIRM_SUBJECT = "Confirm your new Clientbook e-mail address";

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    PeopleService people;

    @Inject
    ContactService contacts;

    @Inject
    AccountService accounts;

    @Inject
    PasswordService passwords;

    @Inject
    AdjustableClock clock;

    @Inject
    TestData data;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    // ---- inviting colleagues

    @Test
    void anInvitedColleagueChoosesAPasswordOnceAndJoinsTheCompanyWithTheChosenRole() {
        Actor admin = data.newCustomerAdmin("People Bistro");
        String email = uniqueEmail();

        PersonView invited = people.invite(admin, new NewColleague(email, "Bo", "Buyer", Role.CUSTOMER_BUYER));

        assertEquals(UserStatus.PENDING, invited.status());
        assertEquals(List.of("Join People Bistro on Clientbook"), data.subjectsTo(email));
        String token = joinToken(email);
        assertEquals(email, accounts.emailForLink(token).orElseThrow());
        assertTrue(accounts.signIn(email, PASSWORD).isEmpty(), "no password yet");

        accounts.setPassword(token, PASSWORD);

        SignedInUser signedIn = accounts.signIn(email, PASSWORD).orElseThrow();
        assertEquals(admin.companyId(), signedIn.companyId());
        assertEquals(Role.CUSTOMER_BUYER, signedIn.role());
        assertEquals(UserStatus.ACTIVE, statusIn(admin, email));
        assertThrows(InvalidLinkException.class, () -> accounts.setPassword(token, "Another-Soup-2027"), "the link works once");
        assertTrue(data.historyOfCompany(admin.companyId()).stream().anyMatch(h -> h.startsWith("PERSON_INVITED: CUSTOMER_BUYER")));
    }

    @Test
    void aResentInvitationKillsTheOldLinkARevokedOneKillsItsLinkAndTheLinkLastsTheInvitationValidity() {
        Actor admin = data.newCustomerAdmin("Resend Bistro");
        String email = uniqueEmail();
        PersonView invited = people.invite(admin, new NewColleague(email, null, null, Role.CUSTOMER_BUYER));
        String first = joinToken(email);

        people.resendInvitation(admin, invited.id());
        String second = joinToken(email);

        assertTrue(accounts.emailForLink(first).isEmpty(), "the resent invitation's old link is dead");
        assertTrue(accounts.emailForLink(second).isPresent());

        people.revokeInvitation(admin, invited.id());

        assertTrue(accounts.emailForLink(second).isEmpty(), "a revoked invitation's link is dead");
        assertEquals(UserStatus.DISABLED, statusIn(admin, email));
        assertThrows(NotInvitableException.class, () -> people.revokeInvitation(admin, invited.id()));

        // inviting the address again brings the same person back, with a link for CLIENTBOOK_INVITATION_VALIDITY_DAYS (14)
        PersonView again = people.invite(admin, new NewColleague(email, "Re", "Turn", Role.CUSTOMER_ADMIN));
        assertEquals(invited.id(), again.id());
        assertEquals(Role.CUSTOMER_ADMIN, again.role());
        String third = joinToken(email);
        clock.advance(Duration.ofDays(13));
        assertTrue(accounts.emailForLink(third).isPresent(), "still valid after 13 days");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertTrue(accounts.emailForLink(third).isEmpty(), "expired after 14 days");
        assertThrows(InvalidLinkException.class, () -> accounts.setPassword(third, PASSWORD));
    }

    @Test
    void anAddressOfAnotherCompanyOrOfAnActiveColleagueOrBadInputIsRefusedAndNothingIsSent() {
        Actor admin = data.newCustomerAdmin("Refusing Bistro");
        Actor otherAdmin = data.newCustomerAdmin("Other Bistro");
        String outsider = data.emailOf(otherAdmin);
        Colleague colleague = join(admin, Role.CUSTOMER_BUYER);
        long before = data.peopleOf(admin.companyId());

        assertThrows(EmailInUseException.class, () -> people.invite(admin, new NewColleague(outsider.toUpperCase(), null, null,
                Role.CUSTOMER_BUYER)));
        assertThrows(AlreadyMemberException.class, () -> people.invite(admin, new NewColleague(colleague.email(), null, null,
                Role.CUSTOMER_ADMIN)));
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> people.invite(admin, new NewColleague("not an address", null, null, null)));
        assertEquals(List.of("email", "role"), bad.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertThrows(InvalidInputException.class, () -> people.invite(admin, new NewColleague(uniqueEmail(), null, null,
                Role.VENDOR_ADMIN)));

        assertEquals(before, data.peopleOf(admin.companyId()));
        assertEquals(Role.CUSTOMER_BUYER, roleIn(admin, colleague.email()));
        assertEquals(0, data.mailTo(outsider).size());
    }

    // ---- roles and the last admin

    @Test
    void anAdminMakesABuyerAnAdminAndTheLastActiveAdminCannotBeDemotedOrDeactivated() {
        Actor admin = data.newCustomerAdmin("Roles Bistro");
        Colleague colleague = join(admin, Role.CUSTOMER_BUYER);

        assertEquals(Role.CUSTOMER_ADMIN, people.changeRole(admin, colleague.id(), Role.CUSTOMER_ADMIN).role());
        // the colleague now demotes the first admin, then is the last one
        people.changeRole(colleague.actorAs(Role.CUSTOMER_ADMIN), admin.userId(), Role.CUSTOMER_BUYER);

        LastAdminException demoting = assertThrows(LastAdminException.class,
                () -> people.changeRole(colleague.actorAs(Role.CUSTOMER_ADMIN), colleague.id(), Role.CUSTOMER_BUYER));
        assertTrue(demoting.getMessage().contains("last active admin"), demoting.getMessage());
        assertThrows(LastAdminException.class, () -> people.deactivate(colleague.actorAs(Role.CUSTOMER_ADMIN), colleague.id()));

        assertEquals(Role.CUSTOMER_ADMIN, roleIn(admin, colleague.email()));
        assertEquals(UserStatus.ACTIVE, statusIn(admin, colleague.email()));
        assertTrue(data.historyOfCompany(admin.companyId()).contains("ROLE_CHANGED: CUSTOMER_ADMIN by " + admin.label()));
    }

    @Test
    void twoAdminsDemotingThemselvesAtOnceLeaveOneAdmin() throws Exception {
        Actor admin = data.newCustomerAdmin("Race Bistro");
        Colleague colleague = join(admin, Role.CUSTOMER_ADMIN);
        Actor second = colleague.actorAs(Role.CUSTOMER_ADMIN);
        Future<PersonView> late;

        transaction.begin();
        try {
            people.changeRole(admin, admin.userId(), Role.CUSTOMER_BUYER);
            // the other admin counts two admins too, unless the company's row makes it wait for this transaction
            late = executor.submit(() -> people.changeRole(second, colleague.id(), Role.CUSTOMER_BUYER));
            LockWaits.awaitWaitingForALock(data, late, "second change");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(LastAdminException.class, failure.getCause());
        assertEquals(Role.CUSTOMER_ADMIN, roleIn(admin, colleague.email()));
        assertEquals(Role.CUSTOMER_BUYER, roleIn(admin, data.emailOf(admin)));
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        Actor admin = data.newCustomerAdmin("Crossfire Bistro");
        Colleague colleague = join(admin, Role.CUSTOMER_ADMIN);
        Future<PersonView> late;

        transaction.begin();
        try {
            people.changeRole(admin, colleague.id(), Role.CUSTOMER_BUYER);
            late = executor.submit(() -> people.deactivate(colleague.actorAs(Role.CUSTOMER_ADMIN), admin.userId()));
            LockWaits.awaitWaitingForALock(data, late, "second change");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(NotPermittedException.class, failure.getCause(), "the demoted admin acts no more");
        assertEquals(UserStatus.ACTIVE, statusIn(admin, data.emailOf(admin)));
        assertEquals(Role.CUSTOMER_ADMIN, roleIn(admin, data.emailOf(admin)));
    }

    @Test
    void aDeactivatedPersonCannotSignInNorGetAResetLink() {
        Actor admin = data.newCustomerAdmin("Deactivating Bistro");
        Colleague colleague = join(admin, Role.CUSTOMER_ADMIN);
        assertTrue(accounts.signIn(colleague.email(), PASSWORD).isPresent());

        assertEquals(UserStatus.DISABLED, people.deactivate(admin, colleague.id()).status());

        assertTrue(accounts.signIn(colleague.email(), PASSWORD).isEmpty());
        assertFalse(accounts.attemptSignIn(colleague.email(), PASSWORD).succeeded());
        int mails = data.mailTo(colleague.email()).size();
        passwords.requestReset(colleague.email());
        assertEquals(mails, data.mailTo(colleague.email()).size(), "no way back in through a reset");
        assertThrows(NotPermittedException.class, () -> people.invite(colleague.actorAs(Role.CUSTOMER_ADMIN),
                new NewColleague(uniqueEmail(), null, null, Role.CUSTOMER_BUYER)), "nor through the session it still has");
    }

    // ---- who may do what

    @Test
    void aBuyerMaySeeThePeopleButDoesNoAdminsWork() {
        Actor admin = data.newCustomerAdmin("Buyer Bistro");
        Colleague buyer = join(admin, Role.CUSTOMER_BUYER);
        Actor asBuyer = buyer.actorAs(Role.CUSTOMER_BUYER);
        // a demoted admin whose session still says admin is refused too: the role is read from the database
        Actor staleAdmin = buyer.actorAs(Role.CUSTOMER_ADMIN);

        assertEquals(2, people.list(asBuyer).size());
        for (Actor refused : List.of(asBuyer, staleAdmin)) {
            assertAll(refused, () -> people.invite(refused, new NewColleague(uniqueEmail(), null, null, Role.CUSTOMER_BUYER)),
                    () -> people.changeRole(refused, admin.userId(), Role.CUSTOMER_BUYER),
                    () -> people.deactivate(refused, admin.userId()),
                    () -> people.resendInvitation(refused, buyer.id()),
                    () -> people.revokeInvitation(refused, buyer.id()));
        }
        assertEquals(Role.CUSTOMER_ADMIN, roleIn(admin, data.emailOf(admin)));
        assertTrue(people.list(data.newActiveVendorAdmin("Looking Vendor", null)).stream().noneMatch(p -> p.id() == buyer.id()),
                "a vendor's team is its own people");
    }

    @Test
    void anotherCompanysPeopleAreNotFound() {
        Actor admin = data.newCustomerAdmin("Own Bistro");
        Colleague colleague = join(admin, Role.CUSTOMER_BUYER);
        Actor stranger = data.newCustomerAdmin("Stranger Bistro");

        assertTrue(people.list(stranger).stream().noneMatch(p -> p.id() == colleague.id()));
        assertThrows(NotFoundException.class, () -> people.changeRole(stranger, colleague.id(), Role.CUSTOMER_ADMIN));
        assertThrows(NotFoundException.class, () -> people.deactivate(stranger, colleague.id()));
        assertThrows(NotFoundException.class, () -> people.resendInvitation(stranger, colleague.id()));
        assertThrows(NotFoundException.class, () -> people.revokeInvitation(stranger, colleague.id()));

        assertEquals(Role.CUSTOMER_BUYER, roleIn(admin, colleague.email()));
        assertEquals(UserStatus.ACTIVE, statusIn(admin, colleague.email()));
    }

    // ---- a vendor's team (issue 10)

    @Test
    void aVendorAdminInvitesStaffWhoJoinThroughTheLinkAndSeeTheTeam() {
        Actor admin = data.newActiveVendorAdmin("Alpine Fresh Foods", null);
        String company = data.companyName(admin.companyId());
        String email = uniqueEmail();

        PersonView invited = people.invite(admin, new NewColleague(email, "Sam", "Staff", Role.VENDOR_STAFF));

        assertEquals(UserStatus.PENDING, invited.status());
        assertEquals(List.of("Join " + company + " on Clientbook"), data.subjectsTo(email));
        assertTrue(data.mailTo(email).get(0).contains("Vera Vendor invites you to join " + company + " on Clientbook as staff."),
                data.mailTo(email).get(0));
        accounts.setPassword(joinToken(email), PASSWORD);
        SignedInUser staff = accounts.signIn(email, PASSWORD).orElseThrow();
        assertEquals(Role.VENDOR_STAFF, staff.role());
        assertEquals(admin.companyId(), staff.companyId());

        Actor asStaff = Actor.person(invited.id(), admin.companyId(), Role.VENDOR_STAFF, "Sam Staff");
        List<PersonView> team = people.list(asStaff);
        assertEquals(2, team.size());
        assertTrue(team.stream().anyMatch(p -> p.id() == invited.id() && p.lastSignInAt() != null), "the last sign-in is shown");
        assertEquals(List.of(Role.VENDOR_ADMIN, Role.VENDOR_STAFF), people.roles(asStaff));
        assertTrue(data.historyOfCompany(admin.companyId()).contains("PERSON_INVITED: VENDOR_STAFF by " + admin.label()));
    }

    @Test
    void aVendorWhoseLanguageIsGermanInvitesInGerman() {
        Actor admin = data.newActiveVendorAdmin("Bergkäserei", "de");
        String email = uniqueEmail();

        people.invite(admin, new NewColleague(email, "Kim", "Kollegin", Role.VENDOR_ADMIN));

        String company = data.companyName(admin.companyId());
        assertEquals(List.of(company + " auf Clientbook beitreten"), data.subjectsTo(email));
        assertTrue(data.mailTo(email).get(0).contains("lädt Sie ein, " + company + " auf Clientbook als Administrator/in beizutreten."));
    }

    @Test
    void aVendorAdminResendsRevokesAndReactivatesWithANewLinkOnly() {
        Actor admin = data.newActiveVendorAdmin("Resending Vendor", null);
        String email = uniqueEmail();
        PersonView invited = people.invite(admin, new NewColleague(email, null, null, Role.VENDOR_STAFF));
        String first = joinToken(email);

        people.resendInvitation(admin, invited.id());
        assertTrue(accounts.emailForLink(first).isEmpty(), "the resent invitation's old link is dead");
        people.revokeInvitation(admin, invited.id());
        assertTrue(accounts.emailForLink(joinToken(email)).isEmpty(), "a revoked invitation's link is dead");
        assertEquals(UserStatus.DISABLED, statusIn(admin, email));

        Colleague staff = join(admin, Role.VENDOR_STAFF);
        people.deactivate(admin, staff.id());
        assertTrue(accounts.signIn(staff.email(), PASSWORD).isEmpty(), "a deactivated colleague cannot sign in");

        PersonView reactivated = people.resendInvitation(admin, staff.id());

        assertEquals(UserStatus.PENDING, reactivated.status());
        assertEquals(Role.VENDOR_STAFF, reactivated.role(), "back with the role they had");
        assertTrue(accounts.signIn(staff.email(), PASSWORD).isEmpty(), "the old password opens nothing");
        accounts.setPassword(joinToken(staff.email()), "Reactivated-Soup-2026");
        assertTrue(accounts.signIn(staff.email(), "Reactivated-Soup-2026").isPresent());
        assertTrue(data.historyOfCompany(admin.companyId()).contains("PERSON_REACTIVATED: VENDOR_STAFF by " + admin.label()));
    }

    @Test
    void aVendorAdminChangesRolesOfTheTeamButNeverLeavesItWithoutAnActiveAdmin() {
        Actor admin = data.newActiveVendorAdmin("Roles Vendor", null);
        Colleague colleague = join(admin, Role.VENDOR_STAFF);

        assertEquals(Role.VENDOR_ADMIN, people.changeRole(admin, colleague.id(), Role.VENDOR_ADMIN).role());
        people.changeRole(colleague.actorAs(Role.VENDOR_ADMIN), admin.userId(), Role.VENDOR_STAFF);

        assertThrows(LastAdminException.class,
                () -> people.changeRole(colleague.actorAs(Role.VENDOR_ADMIN), colleague.id(), Role.VENDOR_STAFF));
        assertThrows(LastAdminException.class, () -> people.deactivate(colleague.actorAs(Role.VENDOR_ADMIN), colleague.id()));
        for (Role foreign : List.of(Role.CUSTOMER_BUYER, Role.CUSTOMER_ADMIN, Role.PLATFORM_ADMIN)) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> people.changeRole(colleague.actorAs(Role.VENDOR_ADMIN), admin.userId(), foreign));
            assertEquals("role", refused.field());
            assertThrows(InvalidInputException.class, () -> people.invite(colleague.actorAs(Role.VENDOR_ADMIN),
                    new NewColleague(uniqueEmail(), null, null, foreign)), "a role of another kind is refused at the field");
        }

        assertEquals(Role.VENDOR_ADMIN, roleIn(admin, colleague.email()));
        assertEquals(Role.VENDOR_STAFF, roleIn(admin, data.emailOf(admin)));
        assertEquals(2, data.peopleOf(admin.companyId()));
    }

    @Test
    void twoVendorAdminsDemotingThemselvesAtOnceLeaveOneAdmin() throws Exception {
        Actor admin = data.newActiveVendorAdmin("Race Vendor", null);
        Colleague colleague = join(admin, Role.VENDOR_ADMIN);
        Future<PersonView> late;

        transaction.begin();
        try {
            people.changeRole(admin, admin.userId(), Role.VENDOR_STAFF);
            late = executor.submit(() -> people.changeRole(colleague.actorAs(Role.VENDOR_ADMIN), colleague.id(), Role.VENDOR_STAFF));
            LockWaits.awaitWaitingForALock(data, late, "second change");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(LastAdminException.class, failure.getCause());
        assertEquals(Role.VENDOR_ADMIN, roleIn(admin, colleague.email()));
        assertEquals(Role.VENDOR_STAFF, roleIn(admin, data.emailOf(admin)));
    }

    @Test
    void twoVendorAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        Actor admin = data.newActiveVendorAdmin("Crossfire Vendor", null);
        Colleague colleague = join(admin, Role.VENDOR_ADMIN);
        Future<PersonView> late;

        transaction.begin();
        try {
            people.changeRole(admin, colleague.id(), Role.VENDOR_STAFF);
            late = executor.submit(() -> people.changeRole(colleague.actorAs(Role.VENDOR_ADMIN), admin.userId(), Role.VENDOR_STAFF));
            LockWaits.awaitWaitingForALock(data, late, "second change");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(NotPermittedException.class, failure.getCause(), "the demoted admin acts no more");
        assertEquals(Role.VENDOR_ADMIN, roleIn(admin, data.emailOf(admin)));
        assertEquals(Role.VENDOR_STAFF, roleIn(admin, colleague.email()));
    }

    @Test
    void vendorStaffSeeTheTeamButDoNoAdminsWorkAndApiKeysHaveNoTeam() {
        Actor admin = data.newActiveVendorAdmin("Staffed Vendor", null);
        Colleague staff = join(admin, Role.VENDOR_STAFF);
        Actor asStaff = staff.actorAs(Role.VENDOR_STAFF);
        Actor staleAdmin = staff.actorAs(Role.VENDOR_ADMIN);

        assertEquals(2, people.list(asStaff).size());
        for (Actor refused : List.of(asStaff, staleAdmin, Actor.apiKey(admin.companyId(), "API key"))) {
            assertAll(refused, () -> people.invite(refused, new NewColleague(uniqueEmail(), null, null, Role.VENDOR_STAFF)),
                    () -> people.changeRole(refused, admin.userId(), Role.VENDOR_STAFF),
                    () -> people.deactivate(refused, admin.userId()),
                    () -> people.resendInvitation(refused, staff.id()),
                    () -> people.revokeInvitation(refused, staff.id()));
        }
        assertThrows(NotPermittedException.class, () -> people.list(Actor.apiKey(admin.companyId(), "API key")));
        assertEquals(Role.VENDOR_ADMIN, roleIn(admin, data.emailOf(admin)));
        assertEquals(UserStatus.ACTIVE, statusIn(admin, data.emailOf(admin)));
    }

    @Test
    void anotherVendorsTeamAndACustomersPeopleAreNotFoundAndTheOtherWayRound() {
        Actor vendorAdmin = data.newActiveVendorAdmin("Own Vendor", null);
        Colleague staff = join(vendorAdmin, Role.VENDOR_STAFF);
        Actor otherVendor = data.newActiveVendorAdmin("Other Vendor", null);
        Actor customerAdmin = data.newCustomerAdmin("Neighbour Bistro");
        Colleague buyer = join(customerAdmin, Role.CUSTOMER_BUYER);
        Actor platformAdmin = data.newPlatformAdmin();

        for (Actor stranger : List.of(otherVendor, customerAdmin, platformAdmin)) {
            assertTrue(people.list(stranger).stream().noneMatch(p -> p.id() == staff.id()));
            assertNotFound(stranger, staff.id());
        }
        for (Actor stranger : List.of(vendorAdmin, platformAdmin)) {
            assertNotFound(stranger, buyer.id());
        }

        assertEquals(Role.VENDOR_STAFF, roleIn(vendorAdmin, staff.email()));
        assertEquals(UserStatus.ACTIVE, statusIn(vendorAdmin, staff.email()));
        assertEquals(Role.CUSTOMER_BUYER, roleIn(customerAdmin, buyer.email()));
        assertEquals(UserStatus.ACTIVE, statusIn(customerAdmin, buyer.email()));
    }

    // ---- the platform admins (issue 10)

    @Test
    void aPlatformAdminInvitesAnotherWhoJoinsAndNeitherIsDeactivatedWhenLast() {
        Actor first = data.newPlatformAdmin();
        String email = uniqueEmail();

        people.invite(first, new NewColleague(email, "Paul", "Platform", Role.PLATFORM_ADMIN));

        assertEquals(List.of("Become a Clientbook platform administrator"), data.subjectsTo(email));
        accounts.setPassword(joinToken(email), PASSWORD);
        assertEquals(Role.PLATFORM_ADMIN, accounts.signIn(email, PASSWORD).orElseThrow().role());
        assertEquals(List.of(Role.PLATFORM_ADMIN), people.roles(first));
        for (Role other : List.of(Role.VENDOR_ADMIN, Role.VENDOR_STAFF, Role.CUSTOMER_ADMIN)) {
            assertEquals("role", assertThrows(InvalidInputException.class,
                    () -> people.invite(first, new NewColleague(uniqueEmail(), null, null, other))).field());
        }
        PersonView second = person(first, email);

        assertEquals(UserStatus.DISABLED, people.deactivate(first, second.id()).status());

        assertTrue(accounts.signIn(email, PASSWORD).isEmpty(), "a deactivated platform admin cannot sign in");
        assertThrows(LastAdminException.class, () -> people.deactivate(first, first.userId()));
        assertEquals(UserStatus.ACTIVE, statusIn(first, data.emailOf(first)));
        assertTrue(data.historyOfCompany(first.companyId()).contains("PERSON_DEACTIVATED: null by " + first.label()));
    }

    // ---- own contact data

    @Test
    void aNewAddressCountsOnlyOnceConfirmedAndTheLinkWorksOnce() {
        Colleague person = join(data.newCustomerAdmin("Moving Bistro"), Role.CUSTOMER_BUYER);
        Actor me = person.actorAs(Role.CUSTOMER_BUYER);
        String newEmail = uniqueEmail();

        ContactView asked = contacts.change(me, new ContactInput("Mo", "Ving", newEmail, "de", "Europe/Vienna", "+43 1 234"), null);

        assertEquals(person.email(), asked.email());
        assertEquals(newEmail, asked.pendingEmail());
        assertEquals("Europe/Vienna", asked.timeZone());
        assertTrue(accounts.signIn(person.email(), PASSWORD).isPresent(), "until confirmed, the old address signs in");
        assertTrue(accounts.signIn(newEmail, PASSWORD).isEmpty());
        // the person chose German in the same change: the notice to the old address speaks it
        assertTrue(data.subjectsTo(person.email()).contains("Die E-Mail-Adresse Ihres Clientbook-Kontos ändert sich bald"),
                data.subjectsTo(person.email()).toString());
        String token = token(CONFIRM_LINK, data.mailTo(newEmail).get(0));
        assertThrows(InvalidLinkException.class, () -> accounts.setPassword(token, "Hijack-Soup-2026"), "it sets no password");

        assertEquals(newEmail, contacts.confirmEmail(token));

        assertTrue(accounts.signIn(newEmail, PASSWORD).isPresent());
        assertTrue(accounts.signIn(person.email(), PASSWORD).isEmpty(), "the old address signs in no more");
        ContactView confirmed = contacts.contact(me);
        assertEquals(newEmail, confirmed.email());
        assertNull(confirmed.pendingEmail());
        assertEquals(List.of(person.email()), confirmed.formerEmails());
        assertThrows(InvalidLinkException.class, () -> contacts.confirmEmail(token), "the link works once");
    }

    @Test
    void aNewerAddressOrGoingBackKillsTheEarlierConfirmationLink() {
        Colleague person = join(data.newCustomerAdmin("Undecided Bistro"), Role.CUSTOMER_BUYER);
        Actor me = person.actorAs(Role.CUSTOMER_BUYER);
        String first = uniqueEmail();
        String second = uniqueEmail();
        contacts.change(me, contact(first, null), null);
        String firstToken = token(CONFIRM_LINK, data.mailTo(first).get(0));

        contacts.change(me, contact(second, null), null);
        assertThrows(InvalidLinkException.class, () -> contacts.confirmEmail(firstToken));
        String secondToken = token(CONFIRM_LINK, data.mailTo(second).get(0));

        contacts.change(me, contact(person.email(), null), null);

        assertNull(contacts.contact(me).pendingEmail());
        assertThrows(InvalidLinkException.class, () -> contacts.confirmEmail(secondToken));
        assertEquals(person.email(), contacts.contact(me).email());
    }

    @Test
    void anAddressOfSomeoneElseIsRefusedWhenAskedAndWhenConfirmed() {
        Actor admin = data.newCustomerAdmin("Taken Bistro");
        Colleague person = join(admin, Role.CUSTOMER_BUYER);
        Actor me = person.actorAs(Role.CUSTOMER_BUYER);
        String adminEmail = data.emailOf(admin);

        EmailInUseException taken = assertThrows(EmailInUseException.class,
                () -> contacts.change(me, new ContactInput("Changed", "Name", adminEmail.toUpperCase(), null, null, null), null));
        assertEquals("email", taken.field());
        assertEquals("Pat", contacts.contact(me).firstName(), "nothing changed");
        assertNull(contacts.contact(me).pendingEmail());

        // the address is free when asked, but someone else gets it before the link is used
        String contested = uniqueEmail();
        contacts.change(me, contact(contested, null), null);
        String token = token(CONFIRM_LINK, data.mailTo(contested).get(0));
        people.invite(admin, new NewColleague(contested, null, null, Role.CUSTOMER_BUYER));

        assertThrows(EmailInUseException.class, () -> contacts.confirmEmail(token));
        assertEquals(person.email(), contacts.contact(me).email());
    }

    @Test
    void contactDataIsCheckedAndAStaleVersionIsRefused() {
        Colleague person = join(data.newCustomerAdmin("Zoned Bistro"), Role.CUSTOMER_BUYER);
        Actor me = person.actorAs(Role.CUSTOMER_BUYER);
        long version = contacts.contact(me).version();

        for (String zone : List.of("Mars/Olympus", "+02:00", "europe/vienna")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> contacts.change(me, contact(person.email(), zone), null));
            assertEquals("timeZone", refused.field());
        }
        assertThrows(InvalidInputException.class, () -> contacts.change(me,
                new ContactInput(null, null, person.email(), "deu", null, "1".repeat(51)), null));
        assertEquals(version, contacts.contact(me).version(), "nothing changed");

        contacts.change(me, contact(person.email(), "America/New_York"), version);
        assertEquals("America/New_York", contacts.contact(me).timeZone());
        assertThrows(com.clientbook.domain.shared.ConcurrentChangeException.class,
                () -> contacts.change(me, contact(person.email(), "Europe/Berlin"), version));
        assertEquals("America/New_York", contacts.contact(me).timeZone());
        assertThrows(NotPermittedException.class, () -> contacts.contact(Actor.apiKey(1, "key")));
    }

    // ---- helpers

    /** A colleague invited by the admin with the role, who has chosen {@link #PASSWORD}. */
    private Colleague join(Actor admin, Role role) {
        String email = uniqueEmail();
        PersonView invited = people.invite(admin, new NewColleague(email, "Pat", "Colleague", role));
        accounts.setPassword(joinToken(email), PASSWORD);
        return new Colleague(invited.id(), email, admin.companyId());
    }

    private record Colleague(long id, String email, long companyId) {
        /** The colleague acting with the role their session would show. */
        Actor actorAs(Role role) {
            return Actor.person(id, companyId, role, "Pat Colleague <" + email + ">");
        }
    }

    private static ContactInput contact(String email, String timeZone) {
        return new ContactInput("Pat", "Colleague", email, null, timeZone, null);
    }

    private static void assertAll(Actor refused, Executable... calls) {
        for (Executable call : calls) {
            BusinessException e = assertThrows(NotPermittedException.class, call, () -> "refused for " + refused);
            assertEquals("error.notPermitted", e.messageKey());
        }
    }

    /** Every change of the person by the stranger answers "not found", as if the person did not exist. */
    private void assertNotFound(Actor stranger, long personId) {
        Role role = TeamKind.of(stranger.role()).adminRole();
        assertThrows(NotFoundException.class, () -> people.changeRole(stranger, personId, role), () -> "role by " + stranger);
        assertThrows(NotFoundException.class, () -> people.deactivate(stranger, personId), () -> "deactivate by " + stranger);
        assertThrows(NotFoundException.class, () -> people.resendInvitation(stranger, personId), () -> "resend by " + stranger);
        assertThrows(NotFoundException.class, () -> people.revokeInvitation(stranger, personId), () -> "revoke by " + stranger);
    }

    private Role roleIn(Actor admin, String email) {
        return person(admin, email).role();
    }

    private UserStatus statusIn(Actor admin, String email) {
        return person(admin, email).status();
    }

    private PersonView person(Actor admin, String email) {
        return people.list(Actor.person(admin.userId(), admin.companyId(), Role.CUSTOMER_BUYER, "reader")).stream()
                .filter(p -> p.email().equalsIgnoreCase(email)).findFirst().orElseThrow();
    }

    /** The token of the newest join e-mail to the address. */
    private String joinToken(String email) {
        List<String> mails = data.mailTo(email);
        assertFalse(mails.isEmpty(), "an invitation to " + email);
        return token(JOIN_LINK, mails.get(mails.size() - 1));
    }

    private static String token(Pattern link, String mail) {
        Matcher matcher = link.matcher(mail);
        assertTrue(matcher.find(), mail);
        return matcher.group(1);
    }


    private static String uniqueEmail() {
        return "colleague-" + UUID.randomUUID() + "@people.example";
    }
}
