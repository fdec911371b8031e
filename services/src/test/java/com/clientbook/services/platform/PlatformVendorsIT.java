package com.clientbook.services.platform;

import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.accessrequest.ConnectedVendor;
import com.clientbook.services.apikey.ApiKeyService;
import com.clientbook.services.apikey.NewApiKey;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.invitation.InvitationAcceptanceService;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.NewInvitation;
import com.clientbook.services.invitation.Registration;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.AccountService;
import com.clientbook.services.user.SignInAttempt;
import com.clientbook.services.user.SignedInUser;
import com.clientbook.services.vendor.VendorNameTakenException;
import com.clientbook.services.vendor.VendorProfileInput;
import com.clientbook.services.vendor.VendorProfileService;
import com.clientbook.services.vendor.VendorProfileView;
import com.clientbook.services.vendor.VendorSuspendedException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform administration inside Payara Micro on PostgreSQL: a vendor and its first admin in one transaction with
 * one set-password mail whose link works; duplicate names and e-mails refused at their fields with nothing written;
 * only platform admins act, and they never read a vendor's customers; the list leaves out the operator company;
 * suspension ends sign-in (with the reason, only after the right password), sessions, API keys and invitations, and
 * Reactivate restores all with the data intact; every action in the vendor's history; the vendor's own profile and
 * what customers see of it. One deployment (about 15 s) for all of them; every test makes its own vendors.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformVendorsIT {

    private static final Pattern SET_PASSWORD = Pattern.compile("/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern INVITATION = Pattern.compile("/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Fresh-Start-2026";

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    PlatformVendorService vendors;

    @Inject
    VendorProfileService profiles;

    @Inject
    AccountService accounts;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService customerDetails;

    @Inject
    InvitationService invitations;

    @Inject
    InvitationAcceptanceService acceptance;

    @Inject
    AccessRequestService accessRequests;

    @Inject
    TestData data;

    @Inject
    PlatformTestData platformData;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final Actor platform = Actor.person(1L, 0, Role.PLATFORM_ADMIN, "Paula Platform <paula@clientbook.example>");

    @Test
    void creatingAVendorWritesCompanyAndAdminAndOneSetPasswordMailWhoseLinkWorksOnce() {
        String adminEmail = "vera-" + unique + "@vendor.example";
        VendorDetails created = vendors.create(platform, newVendor("Fresh " + unique, adminEmail));

        assertEquals(VendorStatus.ACTIVE, created.status());
        assertEquals("DE123456789", created.vatId(), "normalised");
        assertEquals("https://fresh.example", created.website(), "a website without scheme gets https://");
        TestData.Person admin = data.person(adminEmail).orElseThrow();
        assertEquals(Role.VENDOR_ADMIN, admin.role());
        assertEquals(UserStatus.PENDING, admin.status());
        assertFalse(admin.hasPassword());
        List<String> mails = data.mailTo(adminEmail);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).contains("Fresh " + unique), mails.get(0));

        SignedInUser signedIn = accounts.setPassword(token(SET_PASSWORD, mails.get(0)), PASSWORD);
        assertEquals(Role.VENDOR_ADMIN, signedIn.role());
        assertEquals(created.id(), signedIn.companyId());
        assertTrue(accounts.attemptSignIn(adminEmail, PASSWORD).succeeded());
        assertThrows(RuntimeException.class, () -> accounts.setPassword(token(SET_PASSWORD, mails.get(0)), PASSWORD + "x"),
                "the link works once");
        assertEquals(List.of("VENDOR_CREATED: Fresh " + unique + " by " + platform.label(),
                "VENDOR_ADMIN_ADDED: Vera Vendor <" + adminEmail + "> by " + platform.label()), data.historyOfCompany(created.id()));
    }

    @Test
    void withoutTheMailOptionNothingIsQueued() {
        String adminEmail = "quiet-" + unique + "@vendor.example";
        vendors.create(platform, newVendor("Quiet " + unique, adminEmail), false);
        assertEquals(List.of(), data.mailTo(adminEmail));
        assertEquals(UserStatus.PENDING, data.person(adminEmail).orElseThrow().status());
    }

    @Test
    void aVendorNameInUseIsRefusedInAnyCaseAtTheNameAndNothingIsWritten() {
        vendors.create(platform, newVendor("Alpen " + unique, "first-" + unique + "@vendor.example"));
        String second = "second-" + unique + "@vendor.example";

        VendorNameTakenException refused = assertThrows(VendorNameTakenException.class,
                () -> vendors.create(platform, newVendor("  ALPEN " + unique.toUpperCase() + " ", second)));

        assertEquals("name", refused.field());
        assertEquals(1, platformData.vendorsNamedLike("Alpen " + unique));
        assertTrue(data.person(second).isEmpty());
        assertEquals(List.of(), data.mailTo(second));
    }

    @Test
    void anEmailInUseOnThePlatformIsRefusedAtItsFieldWithoutSayingWhoseItIs() {
        Actor customer = data.newCustomerAdmin("Café " + unique);
        String taken = data.emailOf(customer);

        EmailOnPlatformException refused = assertThrows(EmailOnPlatformException.class,
                () -> vendors.create(platform, newVendor("Taken " + unique, taken.toUpperCase())));

        assertEquals("adminEmail", refused.field());
        assertFalse(refused.getMessage().contains("customer company"), refused.getMessage());
        assertEquals(0, platformData.vendorsNamedLike("Taken " + unique));
    }

    @Test
    void badInputNamesEveryFieldAtFaultFlatAndWritesNothing() {
        NewVendor input = new NewVendor(new VendorData(" ", null, "12", null, null, null, "XX", null, "not-mail",
                "javascript:alert(1)", null), null, "Vendor", "nobody");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> vendors.create(platform, input));

        assertEquals(List.of("adminEmail", "adminFirstName", "country", "email", "name", "vatId", "website"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).distinct().sorted().toList());
    }

    @Test
    void onlyPlatformAdminsAdministerVendors() {
        Actor vendorAdmin = data.newVendorAdmin();
        Actor customerAdmin = data.newCustomerAdmin("Buyer " + unique);
        Actor apiKey = Actor.apiKey(vendorAdmin.companyId(), "API key");
        for (Actor actor : List.of(vendorAdmin, customerAdmin, apiKey)) {
            assertThrows(NotPermittedException.class, () -> vendors.list(actor, null, 0, 10));
            assertThrows(NotPermittedException.class, () -> vendors.get(actor, vendorAdmin.companyId()));
            assertThrows(NotPermittedException.class, () -> vendors.create(actor, newVendor("X " + unique, "x-" + unique + "@x.example")));
            assertThrows(NotPermittedException.class, () -> vendors.suspend(actor, vendorAdmin.companyId(), new Suspension("no"), null));
            assertThrows(NotPermittedException.class, () -> vendors.counts(actor));
        }
        assertEquals(0, platformData.vendorsNamedLike("X " + unique));
    }

    @Test
    void aPlatformAdminSeesHowManyCustomersAVendorHasButNeverTheCustomers() {
        VendorDetails vendor = vendors.create(platform, newVendor("Counted " + unique, "counted-" + unique + "@vendor.example"));
        Actor vendorAdmin = adminOf(vendor);
        CustomerView customer = customers.add(vendorAdmin, new NewCustomer("Gasthaus " + unique, "gasthaus-" + unique
                + "@customer.example", "Gina", "Gast", null, null, null, null, null, null, false));

        assertEquals(1, vendors.get(platform, vendor.id()).customers());
        Actor platformAsIfVendor = Actor.person(1L, vendor.id(), Role.PLATFORM_ADMIN, platform.label());
        assertThrows(NotPermittedException.class, () -> customers.list(platformAsIfVendor, CustomerQuery.firstPage()));
        assertThrows(NotPermittedException.class, () -> customers.get(platformAsIfVendor, customer.id()));
        assertThrows(NotPermittedException.class, () -> customerDetails.details(platformAsIfVendor, customer.id()));
        assertThrows(NotPermittedException.class, () -> customerDetails.history(platformAsIfVendor, customer.id()));
    }

    @Test
    void theListSearchesByNamePagesAndLeavesOutThePlatformOperator() {
        long operator = platformData.newOperator("Operator " + unique);
        try {
            VendorDetails b = vendors.create(platform, newVendor("Listed B " + unique, "b-" + unique + "@vendor.example"));
            VendorDetails a = vendors.create(platform, newVendor("listed a " + unique, "a-" + unique + "@vendor.example"));
            setPasswordOfAdmin("a-" + unique + "@vendor.example");

            var firstPage = vendors.list(platform, "LISTED", 0, 1);
            var all = vendors.list(platform, unique, 0, 50);

            assertEquals(2, firstPage.totalItems());
            assertEquals(List.of(a.id()), firstPage.items().stream().map(VendorRow::id).toList(), "by name, any case");
            assertEquals(List.of(a.id(), b.id()), all.items().stream().map(VendorRow::id).toList(), "the operator is no vendor");
            assertEquals(List.of(1L, 0L), all.items().stream().map(VendorRow::activeAdmins).toList(), "only admins who can sign in");
            assertThrows(NotFoundException.class, () -> vendors.get(platform, operator));
            assertThrows(NotFoundException.class, () -> vendors.get(platform, data.newCustomerAdmin("Not a vendor " + unique).companyId()));
        } finally {
            platformData.deleteOperator(operator);
        }
    }

    @Test
    void suspensionEndsSignInSessionsApiKeysAndInvitationsAndReactivateRestoresAllWithDataIntact() {
        String adminEmail = "sus-" + unique + "@vendor.example";
        VendorDetails vendor = vendors.create(platform, newVendor("Suspended " + unique, adminEmail));
        SignedInUser session = accounts.setPassword(token(SET_PASSWORD, data.mailTo(adminEmail).get(0)), PASSWORD);
        Actor admin = adminOf(vendor);
        String secret = apiKeys.issue(admin, new NewApiKey("ERP")).secret();
        customers.add(admin, new NewCustomer("Kept " + unique, "kept-" + unique + "@customer.example", "Kim", "Kept", null,
                null, null, null, null, "K-1", false));
        String invited = "invited-" + unique + "@customer.example";
        invitations.invite(admin, new NewInvitation(invited, "Ivo", "Invited", "Bistro " + unique, null, List.of(), false));
        String invitationToken = token(INVITATION, data.mailTo(invited).get(0));

        assertThrows(InvalidInputException.class, () -> vendors.suspend(platform, vendor.id(), new Suspension("  "), null),
                "a reason is required");
        VendorDetails suspended = vendors.suspend(platform, vendor.id(), new Suspension("Invoices unpaid since March"), vendor.version());

        assertEquals(VendorStatus.SUSPENDED, suspended.status());
        assertEquals(platform.label(), suspended.suspendedBy());
        SignInAttempt rightPassword = accounts.attemptSignIn(adminEmail, PASSWORD);
        assertFalse(rightPassword.succeeded());
        assertEquals("Invoices unpaid since March", rightPassword.suspensionReason());
        assertNull(accounts.attemptSignIn(adminEmail, "Wrong-Password-1").suspensionReason(), "only the right password learns why");
        assertFalse(accounts.staysSignedIn(session), "a signed-in session ends at its next request");
        assertTrue(apiKeys.authenticate(secret).isEmpty(), "its API keys answer 401");
        assertThrows(VendorSuspendedException.class, () -> acceptance.registerAndAccept(invitationToken,
                new Registration("Bistro " + unique, "Ivo", "Invited", PASSWORD)));
        assertTrue(data.person(invited).isEmpty(), "nothing of the refused acceptance is written");
        assertFalse(vendors.list(platform, "Suspended " + unique, 0, 10).items().isEmpty());

        VendorDetails active = vendors.reactivate(platform, vendor.id(), suspended.version());

        assertEquals(VendorStatus.ACTIVE, active.status());
        assertNull(active.suspensionReason());
        assertTrue(accounts.attemptSignIn(adminEmail, PASSWORD).succeeded());
        assertTrue(accounts.staysSignedIn(session));
        assertTrue(apiKeys.authenticate(secret).isPresent());
        assertEquals(1, customers.list(admin, CustomerQuery.firstPage()).totalItems(), "the data is intact");
        acceptance.registerAndAccept(invitationToken, new Registration("Bistro " + unique, "Ivo", "Invited", PASSWORD));
        assertEquals(2, customers.list(admin, CustomerQuery.firstPage()).totalItems());
        List<VendorHistoryEntry> history = vendors.history(platform, vendor.id());
        assertEquals("VENDOR_REACTIVATED", history.get(0).action());
        assertEquals("Invoices unpaid since March", history.get(0).oldValue());
        assertEquals("VENDOR_SUSPENDED", history.get(1).action());
        assertEquals("Invoices unpaid since March", history.get(1).newValue());
        assertEquals(platform.label(), history.get(1).actor());
    }

    @Test
    void customersSeeASuspendedVendorAsUnavailableAndItsProfileOtherwise() {
        VendorDetails vendor = vendors.create(platform, newVendor("Shown " + unique, "shown-" + unique + "@vendor.example"));
        Actor admin = adminOf(vendor);
        VendorProfileView profile = profiles.profile(admin);
        profiles.change(admin, new VendorProfileInput("Shown " + unique, "Markt 1", "6020", "Innsbruck", "AT", "+43 512 1",
                "office-" + unique + "@vendor.example", "www.shown.example", "Fruit and vegetables for Tyrol.",
                "answers-" + unique + "@vendor.example", "de"), profile.version());
        String customerEmail = "sees-" + unique + "@customer.example";
        customers.add(admin, new NewCustomer("Sees " + unique, customerEmail, "Sue", "Sees", null, null, null, null, null,
                null, true));
        Actor customer = data.newCustomerPerson(data.person(customerEmail).orElseThrow().companyId(), Role.CUSTOMER_ADMIN);

        ConnectedVendor seen = accessRequests.myVendors(customer).get(0);
        assertTrue(seen.card().available());
        assertEquals("Fruit and vegetables for Tyrol.", seen.card().about());
        assertEquals("https://www.shown.example", seen.card().website());
        assertEquals(List.of("answers-" + unique + "@vendor.example"), platformData.replyTosOfMailsTo(customerEmail),
                "the vendor's mails carry its reply-to address");

        vendors.suspend(platform, vendor.id(), new Suspension("Audit"), null);
        assertFalse(accessRequests.myVendors(customer).get(0).card().available());
        vendors.reactivate(platform, vendor.id(), null);
        assertTrue(accessRequests.myVendors(customer).get(0).card().available());
    }

    @Test
    void aVendorAdminChangesTheProfileStaffAndOthersMayNot() {
        VendorDetails vendor = vendors.create(platform, newVendor("Profile " + unique, "profile-" + unique + "@vendor.example"));
        vendors.create(platform, newVendor("Other " + unique, "other-" + unique + "@vendor.example"));
        Actor admin = adminOf(vendor);
        VendorProfileView before = profiles.profile(admin);
        VendorProfileInput input = new VendorProfileInput("Profile " + unique, null, null, null, null, null, null, null,
                "About us", null, "en");

        VendorProfileView saved = profiles.change(admin, input, before.version());

        assertEquals("About us", saved.about());
        assertTrue(data.historyOfCompany(vendor.id()).contains("PROFILE_CHANGED: About us by " + admin.label()));
        assertThrows(ConcurrentChangeException.class, () -> profiles.change(admin, input, before.version()));
        Actor staff = Actor.person(admin.userId(), vendor.id(), Role.VENDOR_STAFF, "Sam Staff");
        assertThrows(NotPermittedException.class, () -> profiles.change(staff, input, null));
        assertThrows(NotPermittedException.class, () -> profiles.profile(data.newCustomerAdmin("C " + unique)));
        assertThrows(VendorNameTakenException.class, () -> profiles.change(admin, new VendorProfileInput("OTHER " + unique,
                null, null, null, null, null, null, null, null, null, null), null));
    }

    @Test
    void aChangeIsInTheHistoryOldToNewAndAStaleOneIsRefused() {
        VendorDetails vendor = vendors.create(platform, newVendor("Changed " + unique, "changed-" + unique + "@vendor.example"));
        VendorData data = vendor.data();
        VendorData moved = new VendorData(data.name(), data.legalName(), data.vatId(), "Neue Strasse 2", data.postalCode(),
                "Graz", "AT", data.phone(), data.email(), data.website(), data.language());

        VendorDetails changed = vendors.change(platform, vendor.id(), moved, vendor.version());

        assertEquals("Graz", changed.city());
        List<VendorHistoryEntry> history = vendors.history(platform, vendor.id());
        assertTrue(history.stream().anyMatch(e -> e.action().equals("VENDOR_CHANGED") && e.field().equals("city")
                && "Munich".equals(e.oldValue()) && "Graz".equals(e.newValue())), history.toString());
        assertThrows(ConcurrentChangeException.class, () -> vendors.change(platform, vendor.id(), data, vendor.version()));
        assertEquals("Graz", vendors.get(platform, vendor.id()).city());
    }

    private NewVendor newVendor(String name, String adminEmail) {
        return new NewVendor(new VendorData(name, name + " GmbH", "de 123 456 789", "Hauptstrasse 1", "80331", "Munich", "DE",
                "+49 89 1", "office-" + UUID.randomUUID() + "@vendor.example", "fresh.example", "en"), "Vera", "Vendor",
                adminEmail);
    }

    /** The vendor's first admin, acting in the test. */
    private Actor adminOf(VendorDetails vendor) {
        VendorPerson admin = vendors.people(platform, vendor.id()).get(0);
        return Actor.person(admin.id(), vendor.id(), Role.VENDOR_ADMIN, admin.name() + " <" + admin.email() + ">");
    }

    private void setPasswordOfAdmin(String email) {
        accounts.setPassword(token(SET_PASSWORD, data.mailTo(email).get(0)), PASSWORD);
    }

    private static String token(Pattern link, String mail) {
        Matcher matcher = link.matcher(mail);
        assertTrue(matcher.find(), mail);
        return matcher.group(1);
    }
}
