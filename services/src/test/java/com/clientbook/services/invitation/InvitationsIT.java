package com.clientbook.services.invitation;

import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.UserStatus;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.LockWaits;
import com.clientbook.services.TestData;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.customer.BanService;
import com.clientbook.services.customer.CustomerBannedException;
import com.clientbook.services.customer.NewBan;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.WeakPasswordException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invitations inside Payara Micro on PostgreSQL: inviting, the link's single use, resending and revoking, expiry
 * without any job, tenancy, personal invitations, accepting at once from two tabs, and the customer status
 * Invited. Every test makes its own vendors and addresses.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

    private static final Pattern LINK = Pattern.compile("http://clientbook\\.test/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Fresh-Bread-2026";

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    InvitationService invitations;

    @Inject
    InvitationAcceptanceService acceptance;

    @Inject
    CustomerService customers;

    @Inject
    BanService bans;

    @Inject
    com.clientbook.services.customer.CustomerDetailsService details;

    @Inject
    TestData data;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void aPersonRegistersThroughTheLinkOnceAndTheVendorHearsOfIt() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        String number = "I-" + UUID.randomUUID().toString().substring(0, 8);
        InvitationView sent = invitations.invite(vendor, new NewInvitation(" " + email + " ", "Ines", "Invited", "Bistro Ines",
                number, List.of("Wien", "VIP"), false));
        assertEquals(InvitationStatus.PENDING, sent.status());
        String token = tokenSentTo(email, 1);

        InvitationOffer offer = acceptance.offer(token).orElseThrow();
        assertEquals(data.companyName(vendor.companyId()), offer.vendorName());
        assertEquals("Ines Invited", offer.inviteeName());
        assertFalse(offer.accountExists());
        AcceptedInvitation accepted = acceptance.registerAndAccept(token, new Registration("Bistro Ines GmbH " + email, "Ines", "Invited", PASSWORD));

        TestData.Person person = data.person(email).orElseThrow();
        assertEquals(UserStatus.ACTIVE, person.status());
        assertEquals(Role.CUSTOMER_ADMIN, person.role());
        assertEquals("INVITED", data.originNameOf(accepted.customerId()));
        CustomerView customer = customers.get(vendor, accepted.customerId());
        assertEquals(CustomerStatus.REGISTERED, customer.status());
        assertEquals(number, customer.customerNumber());
        assertEquals(List.of("VIP", "Wien"), customer.labels());
        InvitationView after = invitations.get(vendor, sent.id());
        assertEquals(InvitationStatus.ACCEPTED, after.status());
        assertEquals(accepted.customerId(), after.customerId());
        assertTrue(after.acceptedBy().contains(email), after.acceptedBy());
        assertTrue(data.mailTo(vendorAdminEmail(vendor)).stream().anyMatch(m -> m.contains("accepted the invitation")),
                "the inviting person is told");

        InvitationNotUsableException again = assertThrows(InvitationNotUsableException.class,
                () -> acceptance.registerAndAccept(token, new Registration("Second " + email, "Ines", "Invited", PASSWORD)));
        assertEquals(InvitationStatus.ACCEPTED, again.status());
        assertThrows(InvitationNotUsableException.class, () -> acceptance.accept(data.newCustomerAdminWithEmail(uniqueEmail()), token));
        assertEquals(0, data.companiesNamed("Second " + email));
    }

    @Test
    void aResentInvitationsOldLinkIsDead() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        InvitationView sent = invite(vendor, email);
        String oldToken = tokenSentTo(email, 1);

        InvitationView resent = invitations.resend(vendor, sent.id());
        String newToken = tokenSentTo(email, 2);

        assertNotEquals(oldToken, newToken);
        assertEquals(InvitationStatus.PENDING, resent.status());
        assertTrue(acceptance.offer(oldToken).isEmpty(), "the old link names no invitation any more");
        InvitationNotUsableException refused = assertThrows(InvitationNotUsableException.class,
                () -> acceptance.registerAndAccept(oldToken, registration(email)));
        assertNull(refused.status());
        assertEquals(0, data.companiesNamed("Registered " + email));
        acceptance.registerAndAccept(newToken, registration(email));
        assertEquals(1, data.companiesNamed("Registered " + email));
    }

    @Test
    void anExpiredInvitationIsRefusedThoughNoJobRanAndResendingRevivesIt() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        InvitationView sent = invite(vendor, email);
        String token = tokenSentTo(email, 1);

        data.expireInvitation(sent.id());

        assertEquals(InvitationStatus.EXPIRED, invitations.get(vendor, sent.id()).status());
        assertEquals(InvitationStatus.EXPIRED, acceptance.offer(token).orElseThrow().status());
        InvitationNotUsableException refused = assertThrows(InvitationNotUsableException.class,
                () -> acceptance.registerAndAccept(token, registration(email)));
        assertEquals(InvitationStatus.EXPIRED, refused.status());
        assertTrue(data.person(email).isEmpty());
        assertEquals(List.of(sent.id()), ids(invitations.list(vendor, InvitationStatus.EXPIRED, 0, 50).items()));
        assertTrue(invitations.list(vendor, InvitationStatus.PENDING, 0, 50).items().isEmpty());

        invitations.resend(vendor, sent.id());
        assertEquals(List.of(sent.id()), ids(invitations.list(vendor, InvitationStatus.PENDING, 0, 50).items()));
        acceptance.registerAndAccept(tokenSentTo(email, 2), registration(email));
    }

    @Test
    void anotherVendorCannotSeeResendOrRevokeAnInvitation() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String email = uniqueEmail();
        InvitationView sent = invite(vendor, email);

        assertThrows(NotFoundException.class, () -> invitations.get(other, sent.id()));
        assertThrows(NotFoundException.class, () -> invitations.resend(other, sent.id()));
        assertThrows(NotFoundException.class, () -> invitations.revoke(other, sent.id()));
        assertTrue(invitations.list(other, null, 0, 50).items().isEmpty());
        assertEquals(InvitationStatus.PENDING, invitations.get(vendor, sent.id()).status());
        assertEquals(1, data.mailTo(email).size(), "nothing was sent again");
        // a customer's person is no vendor at all
        Actor customer = data.newCustomerAdminWithEmail(uniqueEmail());
        assertThrows(com.clientbook.domain.shared.NotPermittedException.class, () -> invitations.list(customer, null, 0, 50));
    }

    @Test
    void aRevokedInvitationsLinkIsDeadAndAnAcceptedOneCannotBeRevoked() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        InvitationView sent = invite(vendor, email);
        String token = tokenSentTo(email, 1);

        assertEquals(InvitationStatus.REVOKED, invitations.revoke(vendor, sent.id()).status());
        assertEquals(InvitationStatus.REVOKED, invitations.revoke(vendor, sent.id()).status(), "revoking twice is harmless");
        assertEquals(InvitationStatus.REVOKED, assertThrows(InvitationNotUsableException.class,
                () -> acceptance.registerAndAccept(token, registration(email))).status());
        assertThrows(InvitationNotUsableException.class, () -> invitations.resend(vendor, sent.id()));

        String otherEmail = uniqueEmail();
        InvitationView accepted = invite(vendor, otherEmail);
        acceptance.registerAndAccept(tokenSentTo(otherEmail, 1), registration(otherEmail));
        assertThrows(InvitationNotUsableException.class, () -> invitations.revoke(vendor, accepted.id()));
    }

    @Test
    void aPersonalInvitationIsAcceptedOnlyByTheInvitedAddress() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        invitations.invite(vendor, new NewInvitation(email, "Petra", "Personal", null, null, List.of(), true));
        String token = tokenSentTo(email, 1);
        Actor someoneElse = data.newCustomerAdminWithEmail(uniqueEmail());

        assertThrows(NotTheInvitedPersonException.class, () -> acceptance.accept(someoneElse, token));
        assertEquals(0, data.relationshipsOf(someoneElse.companyId()));

        Actor invitedPerson = data.newCustomerAdminWithEmail(email.toUpperCase());
        assertTrue(acceptance.offer(token).orElseThrow().accountExists(), "the page asks the person to sign in");
        AcceptedInvitation accepted = acceptance.accept(invitedPerson, token);
        assertEquals(1, data.relationshipsBetween(vendor.companyId(), invitedPerson.companyId()));
        assertEquals(CustomerStatus.REGISTERED, customers.get(vendor, accepted.customerId()).status());
    }

    @Test
    void anInvitationThatIsNotPersonalMayBeAcceptedByAnyCustomerAccountButNotAVendorOrAConnectedCompany() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        invite(vendor, email);
        String token = tokenSentTo(email, 1);

        assertThrows(NotACustomerAccountException.class, () -> acceptance.accept(data.newVendorAdmin(), token));
        Actor colleague = data.newCustomerAdminWithEmail(uniqueEmail());
        acceptance.accept(colleague, token);
        assertEquals(1, data.relationshipsBetween(vendor.companyId(), colleague.companyId()));

        String secondEmail = uniqueEmail();
        invite(vendor, secondEmail);
        AlreadyConnectedException connected = assertThrows(AlreadyConnectedException.class,
                () -> acceptance.accept(colleague, tokenSentTo(secondEmail, 1)));
        assertTrue(connected.getMessage().contains(data.companyName(vendor.companyId())), connected.getMessage());
        assertEquals(1, data.relationshipsBetween(vendor.companyId(), colleague.companyId()));
    }

    @Test
    void twoTabsAcceptingTheSameInvitationMakeOneRelationship() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        invite(vendor, email);
        String token = tokenSentTo(email, 1);
        Actor person = data.newCustomerAdminWithEmail(uniqueEmail());
        Future<AcceptedInvitation> late;

        transaction.begin();
        try {
            acceptance.accept(person, token);
            // the second tab reads the invitation as pending, then waits for the first tab's lock on it
            late = executor.submit(() -> acceptance.accept(person, token));
            LockWaits.awaitWaitingForALock(data, late, "second acceptance");
        } finally {
            transaction.commit();
        }

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(30, TimeUnit.SECONDS));
        assertInstanceOf(InvitationNotUsableException.class, failure.getCause());
        assertEquals(InvitationStatus.ACCEPTED, ((InvitationNotUsableException) failure.getCause()).status());
        assertEquals(1, data.relationshipsBetween(vendor.companyId(), person.companyId()));
        assertEquals(1, data.mailTo(vendorAdminEmail(vendor)).stream().filter(m -> m.contains("accepted the invitation")).count());
    }

    @Test
    void nothingIsSentWhenTheInvitationRollsBack() throws Exception {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();

        transaction.begin();
        try {
            invite(vendor, email);
        } finally {
            transaction.rollback();
        }

        assertTrue(data.mailTo(email).isEmpty());
        assertEquals(0, data.invitationsTo(email));
        // a refused invitation writes nothing either
        assertThrows(InvalidInputException.class, () -> invitations.invite(vendor, new NewInvitation(email, " ", null, null, null, null, false)));
        assertThrows(VendorAddressException.class, () -> invite(vendor, vendorAdminEmail(data.newVendorAdmin())));
        assertEquals(0, data.invitationsTo(email));
        assertTrue(data.mailTo(email).isEmpty());
    }

    @Test
    void invitingACreatedCustomerMakesItInvitedAndRegisteringActivatesTheSameCustomer() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView created = customers.add(vendor, new NewCustomer("Prospect " + email, email, "Paul", "Prospect", null, null,
                null, null, null, null, false, List.of("North")));
        assertEquals(CustomerStatus.PROSPECT, created.status());

        InvitationView sent = invitations.invite(vendor, new NewInvitation(email, "Paul", "Prospect", null, "P-" + created.id(),
                List.of("Invited"), false));

        assertEquals(created.id(), sent.customerId());
        assertEquals(CustomerStatus.INVITED, customers.get(vendor, created.id()).status());
        CustomerQuery byName = CustomerQuery.firstPage().withText("Prospect " + email);
        assertEquals(List.of(created.id()), customerIds(byName.withRegistered(false).withInvited(true), vendor));
        assertTrue(customerIds(byName.withRegistered(false).withInvited(false), vendor).isEmpty());
        assertEquals("Prospect " + email, acceptance.offer(tokenSentTo(email, 1)).orElseThrow().companyName());

        AcceptedInvitation accepted = acceptance.registerAndAccept(tokenSentTo(email, 1), new Registration(null, "Paul", "Prospect", PASSWORD));

        assertEquals(created.id(), accepted.customerId());
        assertEquals(1, data.relationshipsOf(created.companyId()));
        assertEquals(1, data.peopleOf(created.companyId()), "the person the vendor created got the account");
        CustomerView registered = customers.get(vendor, created.id());
        assertEquals(CustomerStatus.REGISTERED, registered.status());
        assertEquals("P-" + created.id(), registered.customerNumber());
        assertEquals(List.of("Invited", "North"), registered.labels());
        String person = "Paul Prospect <" + email + ">";
        List<String> history = historyOf(vendor, created.id());
        assertEquals(List.of(
                "CHANGED: labels North -> Invited, North by " + vendor.label(),
                "CHANGED: customerNumber null -> P-" + created.id() + " by " + vendor.label(),
                "INVITATION_ACCEPTED by " + person), history.subList(0, 3),
                "the number and labels the vendor chose in the invitation are the vendor's; the acceptance is the person's, once");
        assertEquals(1, history.stream().filter(h -> h.startsWith("INVITATION_ACCEPTED")).count());
        assertTrue(history.contains("INVITATION_SENT by " + vendor.label()), history.toString());
    }

    /**
     * Issue 13, item 12: a person invited to connect registers through the link. The history names the vendor's person
     * for the invitation and for the number and labels chosen in it, and the invited person once, for accepting.
     */
    @Test
    void theHistoryOfAnAcceptedInvitationCreditsEachStepToWhoeverTookIt() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        invitations.invite(vendor, new NewInvitation(email, "Hanna", "History", "Bistro Hanna", "H-" + email.hashCode(),
                List.of("Wien"), false));

        AcceptedInvitation accepted = acceptance.registerAndAccept(tokenSentTo(email, 1),
                new Registration("Bistro Hanna " + email, "Hanna", "History", PASSWORD));

        String person = "Hanna History <" + email + ">";
        List<String> history = historyOf(vendor, accepted.customerId());
        assertEquals(List.of(
                "CHANGED: labels null -> Wien by " + vendor.label(),
                "CHANGED: customerNumber null -> H-" + email.hashCode() + " by " + vendor.label(),
                "CUSTOMER_INVITED by " + person,
                "INVITATION_SENT by " + vendor.label()), history);
    }

    /** The vendor's history of one customer: "ACTION: field old -> new by actor", newest first. */
    private List<String> historyOf(Actor vendor, long customerId) {
        return details.history(vendor, customerId).stream()
                .map(e -> e.action() + (e.field() == null ? "" : ": " + e.field() + " " + e.oldValue() + " -> " + e.newValue())
                        + " by " + e.actor())
                .toList();
    }

    @Test
    void aBannedCustomerCannotComeBackThroughAnInvitationWhileTheBanIsInForce() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView created = customers.add(vendor, new NewCustomer("Banned " + email, email, "Bea", "Banned", null, null,
                null, null, null, null, false, List.of()));
        invitations.invite(vendor, new NewInvitation(email, "Bea", "Banned", null, null, List.of(), false));
        bans.ban(vendor, created.id(), new NewBan("Unpaid invoices", null, false));

        assertThrows(CustomerBannedException.class,
                () -> acceptance.registerAndAccept(tokenSentTo(email, 1), new Registration(null, "Bea", "Banned", PASSWORD)));

        assertEquals(CustomerStatus.INVITED, customers.list(vendor, CustomerQuery.firstPage().withText("Banned " + email)
                .withBans(CustomerQuery.BanFilter.ALL)).items().get(0).status(), "nothing was accepted");
        assertFalse(data.person(email).orElseThrow().hasPassword(), "no account was made");
    }

    @Test
    void unlinkingACustomerThatCameByInvitationKeepsTheInvitationAsARecord() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        InvitationView sent = invite(vendor, email);
        AcceptedInvitation accepted = acceptance.registerAndAccept(tokenSentTo(email, 1), registration(email));

        customers.unlink(vendor, accepted.customerId(), null);

        InvitationView after = invitations.get(vendor, sent.id());
        assertEquals(InvitationStatus.ACCEPTED, after.status());
        assertNull(after.customerId());
    }

    @Test
    void anExpiredInvitationNoLongerMakesACustomerInvited() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        CustomerView created = customers.add(vendor, new NewCustomer("Lapsed " + email, email, null, null, null, null,
                null, null, null, null, false));
        InvitationView sent = invite(vendor, email);
        assertEquals(CustomerStatus.INVITED, customers.get(vendor, created.id()).status());

        data.expireInvitation(sent.id());

        assertEquals(CustomerStatus.PROSPECT, customers.get(vendor, created.id()).status());
        assertEquals(List.of(created.id()), customerIds(CustomerQuery.firstPage().withText("Lapsed " + email)
                .withRegistered(false).withInvited(false), vendor));
    }

    @Test
    void addressesThatCannotBeInvitedAreRefusedWithTheReason() {
        Actor vendor = data.newVendorAdmin();
        String elsewhereEmail = uniqueEmail();
        CustomerView elsewhere = customers.add(data.newVendorAdmin(), new NewCustomer("Elsewhere " + elsewhereEmail, elsewhereEmail,
                null, null, null, null, null, null, null, null, false));
        EmailAlreadyRegisteredException linkInstead = assertThrows(EmailAlreadyRegisteredException.class,
                () -> invite(vendor, elsewhereEmail.toUpperCase()));
        assertEquals(elsewhere.companyId(), linkInstead.existingCompanyId());

        String customerEmail = uniqueEmail();
        Actor registered = data.newCustomerAdminWithEmail(customerEmail);
        String invitedColleague = uniqueEmail();
        invite(vendor, invitedColleague);
        acceptance.accept(registered, tokenSentTo(invitedColleague, 1));
        assertThrows(AlreadyRegisteredCustomerException.class, () -> invite(vendor, customerEmail));

        String pendingEmail = uniqueEmail();
        InvitationView pending = invite(vendor, pendingEmail);
        assertEquals(pending.id(), assertThrows(InvitationPendingException.class, () -> invite(vendor, pendingEmail)).invitationId());
        assertEquals(1, data.invitationsTo(pendingEmail));
    }

    @Test
    void aPastedListInvitesEachNewAddressOnceAndReportsTheRest() {
        Actor vendor = data.newVendorAdmin();
        String first = uniqueEmail();
        String second = uniqueEmail();
        String elsewhereEmail = uniqueEmail();
        CustomerView elsewhere = customers.add(data.newVendorAdmin(), new NewCustomer("Elsewhere " + elsewhereEmail, elsewhereEmail,
                null, null, null, null, null, null, null, null, false));

        BulkInvitationReport report = invitations.inviteAddresses(vendor,
                first + "\n" + second.toUpperCase() + ", " + second + "; not-an-address\n\n" + elsewhereEmail, false);

        assertEquals(List.of(first, second.toUpperCase()), report.invited());
        assertEquals(List.of("not-an-address", elsewhereEmail), report.skipped().stream().map(BulkInvitationReport.Skipped::email).toList());
        assertEquals(elsewhere.companyId(), report.skipped().get(1).existingCompanyId());
        assertEquals(1, data.mailTo(first).size());
        assertEquals(1, data.mailTo(second).size());
        assertThrows(InvalidInputException.class, () -> invitations.inviteAddresses(vendor, " ,; ", false));
    }

    @Test
    void invitingByLabelInvitesTheCustomersWithItThatNobodyRegisteredFor() {
        Actor vendor = data.newVendorAdmin();
        String label = "Campaign " + UUID.randomUUID().toString().substring(0, 8);
        String withLabel = uniqueEmail();
        String alsoWithLabel = uniqueEmail();
        CustomerView one = customers.add(vendor, new NewCustomer("One " + withLabel, withLabel, "Olga", "One", null, null, null, null,
                null, null, false, List.of(label)));
        customers.add(vendor, new NewCustomer("Two " + alsoWithLabel, alsoWithLabel, null, null, null, null, null, null,
                null, null, false, List.of(label.toUpperCase())));
        String withoutLabel = uniqueEmail();
        customers.add(vendor, new NewCustomer("Three " + withoutLabel, withoutLabel, null, null, null, null, null, null,
                null, null, false));
        invitations.inviteByLabel(vendor, label, false);

        BulkInvitationReport again = invitations.inviteByLabel(vendor, label.toLowerCase(), false);

        assertEquals(1, data.mailTo(withLabel).size());
        assertEquals(1, data.mailTo(alsoWithLabel).size());
        assertTrue(data.mailTo(withoutLabel).isEmpty());
        assertTrue(again.invited().isEmpty(), "the second round finds both invited already");
        assertEquals(2, again.skipped().size());
        assertEquals(CustomerStatus.INVITED, customers.get(vendor, one.id()).status());
        assertTrue(data.mailTo(withLabel).get(0).contains("Hello Olga One"), data.mailTo(withLabel).get(0));
    }

    @Test
    void registeringNeedsAStrongPasswordAndACompanyNameAndWritesNothingOtherwise() {
        Actor vendor = data.newVendorAdmin();
        String email = uniqueEmail();
        invite(vendor, email);
        String token = tokenSentTo(email, 1);

        assertThrows(WeakPasswordException.class, () -> acceptance.registerAndAccept(token, new Registration("Weak " + email, "W", "P", "short")));
        InvalidInputException noName = assertThrows(InvalidInputException.class,
                () -> acceptance.registerAndAccept(token, new Registration(" ", null, "P", PASSWORD)));
        assertFalse(noName.errors().isEmpty());
        assertEquals(0, data.companiesNamed("Weak " + email));
        assertTrue(data.person(email).isEmpty());
        assertEquals(InvitationStatus.PENDING, acceptance.offer(token).orElseThrow().status());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private InvitationView invite(Actor vendor, String email) {
        return invitations.invite(vendor, new NewInvitation(email, "Ivo", "Invitee", null, null, List.of(), false));
    }

    private Registration registration(String email) {
        return new Registration("Registered " + email, "Rita", "Registrant", PASSWORD);
    }

    /** The token of the n-th e-mail (from 1) sent to the address, which must be the newest. */
    private String tokenSentTo(String email, int expectedMails) {
        List<String> mail = data.mailTo(email);
        assertEquals(expectedMails, mail.size(), "invitation mails to " + email);
        Matcher link = LINK.matcher(mail.get(expectedMails - 1));
        assertTrue(link.find(), mail.get(expectedMails - 1));
        return link.group(1);
    }

    private String vendorAdminEmail(Actor vendor) {
        return vendor.label().substring(vendor.label().indexOf('<') + 1, vendor.label().length() - 1);
    }

    private List<Long> customerIds(CustomerQuery query, Actor vendor) {
        return customers.list(vendor, query).items().stream().map(CustomerView::id).toList();
    }

    private static List<Long> ids(List<InvitationView> views) {
        return views.stream().map(InvitationView::id).toList();
    }


    private static String uniqueEmail() {
        return "invitee-" + UUID.randomUUID() + "@customer.example";
    }
}
