package com.clientbook.services;

import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.services.accessrequest.AccessRequestDecidedException;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.accessrequest.ConnectedVendor;
import com.clientbook.services.accessrequest.VendorHit;
import com.clientbook.services.customer.BanService;
import com.clientbook.services.customer.CustomerAccess;
import com.clientbook.services.customer.CustomerBannedException;
import com.clientbook.services.customer.NewBan;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.vendor.Funnel;
import com.clientbook.services.vendor.FunnelService;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.NewInvitation;
import com.clientbook.services.customer.CustomerContact;
import com.clientbook.services.vendor.VendorSettingsService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bans, access requests and the funnel (issue 4) inside Payara Micro on PostgreSQL, in the deployment the services'
 * tests share. Every test makes its own vendors and customer companies, so none depends on another's data.
 */
@ExtendWith(ArquillianExtension.class)
class BansAndAccessRequestsIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    BanService bans;

    @Inject
    CustomerAccess access;

    @Inject
    AccessRequestService requests;

    @Inject
    CustomerService customers;

    @Inject
    CustomerDetailsService details;

    @Inject
    CustomerLinkService links;

    @Inject
    VendorSettingsService settings;

    @Inject
    FunnelService funnel;

    @Inject
    InvitationService invitations;

    @Inject
    TestData data;

    // ---- bans

    @Test
    void aBannedCustomerLeavesTheDefaultListAndTheBannedFilterShowsIt() {
        Actor vendor = data.newVendorAdmin();
        CustomerView kept = add(vendor, "Kept");
        CustomerView banned = add(vendor, "Banned");

        CustomerView after = bans.ban(vendor, banned.id(), new NewBan("  Unpaid invoices  ", null, false));

        assertTrue(after.banned());
        assertEquals(banned.customerNumber(), after.customerNumber(), "the customer keeps its number");
        assertEquals(List.of(kept.id()), ids(customers.list(vendor, all())));
        assertEquals(List.of(banned.id()), ids(customers.list(vendor, all().withBans(CustomerQuery.BanFilter.BANNED))));
        assertEquals(2, customers.list(vendor, all().withBans(CustomerQuery.BanFilter.ALL)).totalItems());
        var shown = details.details(vendor, banned.id());
        assertEquals("Unpaid invoices", shown.ban().reason());
        assertEquals(CustomerStatus.PROSPECT, shown.customer().status(), "the ban is beside the status, not instead of it");
        assertEquals("CUSTOMER_BANNED", data.historyOf(banned.id()).get(0));
        assertEquals("Unpaid invoices", details.history(vendor, banned.id()).get(0).newValue());
    }

    @Test
    void aBanWhoseLastDayHasPassedIsOverWithoutAnyJob() {
        Actor vendor = data.newVendorAdmin();
        Actor customer = data.newCustomerAdmin("Over " + UUID.randomUUID());
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(customer.companyId()), null));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        bans.ban(vendor, linked.id(), new NewBan("Two weeks' pause", today, true));
        assertTrue(customers.get(vendor, linked.id()).banned(), "the last day itself is still banned");
        assertFalse(access.mayAct(customer.companyId(), vendor.companyId()));

        data.setBanUntil(linked.id(), today.minusDays(1));

        assertFalse(customers.get(vendor, linked.id()).banned());
        assertTrue(access.mayAct(customer.companyId(), vendor.companyId()));
        assertEquals(List.of(linked.id()), ids(customers.list(vendor, all())));
        assertEquals(0, customers.list(vendor, all().withBans(CustomerQuery.BanFilter.BANNED)).totalItems());
        assertNull(details.details(vendor, linked.id()).ban());
        assertFalse(requests.myVendors(customer).get(0).restricted());
    }

    @Test
    void aBannedCustomerIsNotUnlinkedSoTheBanCannotBeSidestepped() {
        Actor vendor = data.newVendorAdmin();
        Actor customer = data.newCustomerAdmin("Kept " + UUID.randomUUID());
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(customer.companyId()), null));
        bans.ban(vendor, linked.id(), new NewBan("Rude to drivers", null, false));

        assertThrows(RuleViolationException.class, () -> customers.unlink(vendor, linked.id(), null));

        assertFalse(access.mayAct(customer.companyId(), vendor.companyId()), "still banned, still linked");
        bans.lift(vendor, linked.id());
        customers.unlink(vendor, linked.id(), null);
        assertEquals(0, data.relationshipsOf(customer.companyId()));
    }

    @Test
    void mayActIsFalseWhileBannedAndTrueAgainAfterTheBanIsLifted() {
        Actor vendor = data.newVendorAdmin();
        Actor customer = data.newCustomerAdmin("Lift " + UUID.randomUUID());
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(customer.companyId()), "L-1"));
        assertTrue(access.mayAct(customer.companyId(), vendor.companyId()));

        bans.ban(vendor, linked.id(), new NewBan("Rude to drivers", LocalDate.now(ZoneOffset.UTC).plusDays(30), false));
        assertFalse(access.mayAct(customer.companyId(), vendor.companyId()));
        ConnectedVendor seen = requests.myVendors(customer).get(0);
        assertTrue(seen.restricted());
        assertNull(seen.sharedReason(), "the reason stays with the vendor unless shared");

        CustomerView lifted = bans.lift(vendor, linked.id());

        assertFalse(lifted.banned());
        assertTrue(access.mayAct(customer.companyId(), vendor.companyId()));
        assertFalse(requests.myVendors(customer).get(0).restricted());
        assertEquals("CUSTOMER_BAN_LIFTED", data.historyOf(linked.id()).get(0));
        assertEquals("Rude to drivers (until " + LocalDate.now(ZoneOffset.UTC).plusDays(30) + ")",
                details.history(vendor, linked.id()).get(0).oldValue());
        assertEquals("L-1", lifted.customerNumber());
    }

    @Test
    void aSharedReasonIsShownToTheCustomer() {
        Actor vendor = data.newVendorAdmin();
        Actor customer = data.newCustomerAdmin("Shared " + UUID.randomUUID());
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(customer.companyId()), null));

        bans.ban(vendor, linked.id(), new NewBan("Account on hold until paid", null, true));

        ConnectedVendor seen = requests.myVendors(customer).get(0);
        assertTrue(seen.restricted());
        assertEquals("Account on hold until paid", seen.sharedReason());
    }

    @Test
    void aBanWithoutReasonOrWithAPastLastDayIsRefusedAtTheFieldAndChangesNothing() {
        Actor vendor = data.newVendorAdmin();
        CustomerView customer = add(vendor, "Refused ban");
        List<String> history = data.historyOf(customer.id());

        var blank = assertThrows(InvalidInputException.class, () -> bans.ban(vendor, customer.id(), new NewBan("  ", null, false)));
        assertEquals("reason", blank.errors().get(0).field());
        var past = assertThrows(InvalidInputException.class, () -> bans.ban(vendor, customer.id(),
                new NewBan("Late", LocalDate.now(ZoneOffset.UTC).minusDays(1), false)));
        assertEquals("until", past.errors().get(0).field());
        var tooLong = assertThrows(InvalidInputException.class, () -> bans.ban(vendor, customer.id(),
                new NewBan("x".repeat(1001), null, false)));
        assertEquals("reason", tooLong.errors().get(0).field());

        assertFalse(customers.get(vendor, customer.id()).banned());
        assertEquals(history, data.historyOf(customer.id()));
    }

    @Test
    void anotherVendorCannotBanLiftOrSeeTheBan() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        CustomerView customer = add(vendor, "Tenant ban");

        assertThrows(NotFoundException.class, () -> bans.ban(other, customer.id(), new NewBan("Mine now", null, false)));
        bans.ban(vendor, customer.id(), new NewBan("Ours", null, false));
        assertThrows(NotFoundException.class, () -> bans.lift(other, customer.id()));
        assertEquals(0, customers.list(other, all().withBans(CustomerQuery.BanFilter.BANNED)).totalItems());
        assertTrue(customers.get(vendor, customer.id()).banned());
    }

    // ---- access requests

    @Test
    void aCustomerFindsListedVendorsOnlyAndAsksOnceWhileTheRequestIsOpen() {
        Actor vendor = data.newVendorAdmin();
        Actor unlisted = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Asker " + UUID.randomUUID());
        String vendorName = data.companyName(vendor.companyId());

        List<VendorHit> found = requests.findVendors(customer, vendorName.substring(7, 20).toUpperCase());
        assertEquals(List.of(vendor.companyId()), found.stream().map(VendorHit::id).toList());
        assertTrue(found.get(0).mayAsk());
        assertTrue(requests.findVendors(customer, data.companyName(unlisted.companyId())).isEmpty());
        assertThrows(NotFoundException.class, () -> requests.requestAccess(customer, unlisted.companyId(), "Hello"));

        AccessRequestView first = requests.requestAccess(customer, vendor.companyId(), " We run three cafés. ");
        AccessRequestView second = requests.requestAccess(customer, vendor.companyId(), "Hello again?");

        assertEquals(first.id(), second.id());
        assertEquals("We run three cafés.", second.message(), "asking again while open changes nothing");
        assertEquals(1, data.accessRequests(vendor.companyId(), customer.companyId()));
        assertEquals(1, requests.openCount(vendor));
        assertEquals(AccessRequestStatus.OPEN, requests.findVendors(customer, vendorName).get(0).request());
        AccessRequestView seen = requests.list(vendor, AccessRequestStatus.OPEN, null, 0, 50).items().get(0);
        assertEquals(data.emailOf(customer), seen.requesterEmail());
        assertEquals("Graz", seen.city());
        assertEquals("We run three cafés.", seen.message());
    }

    @Test
    void askingWhileBannedIsRefused() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Banned asker " + UUID.randomUUID());
        CustomerView linked = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(customer.companyId()), null));
        bans.ban(vendor, linked.id(), new NewBan("No", null, false));

        assertThrows(CustomerBannedException.class, () -> requests.requestAccess(customer, vendor.companyId(), "Please"));
        assertEquals(0, data.accessRequests(vendor.companyId(), customer.companyId()));
        assertTrue(requests.findVendors(customer, data.companyName(vendor.companyId())).get(0).restricted());
    }

    @Test
    void approvingCreatesTheRelationshipWithItsNumberAndEmailsTheCustomer() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Approved " + UUID.randomUUID());
        AccessRequestView request = requests.requestAccess(customer, vendor.companyId(), "Hi");

        CustomerView approved = requests.approve(vendor, request.id(), " R-7 ");

        assertEquals("R-7", approved.customerNumber());
        assertEquals(customer.companyId(), approved.companyId());
        assertEquals(CustomerStatus.REGISTERED, approved.status());
        assertEquals(0, requests.openCount(vendor));
        assertEquals(List.of("CHANGED: customerNumber null -> R-7 by " + vendor.label(), "ACCESS_APPROVED by " + vendor.label(),
                "ACCESS_REQUESTED: message null -> Hi by " + customer.label()), historyOf(vendor, approved.id()));
        assertEquals(List.of(data.companyName(vendor.companyId()) + " approved your request"),
                data.subjectsTo(data.emailOf(customer)));
        assertEquals(1, data.relationshipsOf(customer.companyId()));
        ConnectedVendor connected = requests.myVendors(customer).get(0);
        assertEquals(vendor.companyId(), connected.vendorId());
        assertEquals(AccessRequestStatus.APPROVED, requests.myRequests(customer).get(0).status());
        assertThrows(AccessRequestDecidedException.class, () -> requests.approve(vendor, request.id(), null));
        assertEquals(RelationshipOrigin.REQUESTED, data.originOf(approved.id()));
    }

    @Test
    void aTakenCustomerNumberRefusesTheApprovalAndLeavesTheRequestOpen() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        CustomerView holder = add(vendor, "Holder");
        Actor customer = data.newCustomerAdmin("Number clash " + UUID.randomUUID());
        AccessRequestView request = requests.requestAccess(customer, vendor.companyId(), null);

        assertThrows(CustomerNumberTakenException.class, () -> requests.approve(vendor, request.id(), holder.customerNumber()));

        assertEquals(1, requests.openCount(vendor));
        assertEquals(0, data.relationshipsOf(customer.companyId()));
        assertTrue(data.subjectsTo(data.emailOf(customer)).isEmpty());
    }

    @Test
    void rejectingEmailsTheReasonListsTheCompanyAsRejectedAndAskingAgainReopens() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Rejected " + UUID.randomUUID());
        AccessRequestView request = requests.requestAccess(customer, vendor.companyId(), "Hi");

        requests.reject(vendor, request.id(), "We deliver only in Vienna");

        assertEquals(0, requests.openCount(vendor));
        assertEquals(1, requests.list(vendor, AccessRequestStatus.REJECTED, null, 0, 50).totalItems());
        List<String> mail = data.mailTo(data.emailOf(customer));
        assertEquals(1, mail.size());
        assertTrue(mail.get(0).contains("We deliver only in Vienna"), mail.get(0));
        AccessRequestView mine = requests.myRequests(customer).get(0);
        assertEquals(AccessRequestStatus.REJECTED, mine.status());
        assertEquals("We deliver only in Vienna", mine.rejectionReason());
        assertEquals(0, data.relationshipsOf(customer.companyId()));

        AccessRequestView again = requests.requestAccess(customer, vendor.companyId(), "We opened in Vienna");
        assertEquals(request.id(), again.id());
        assertEquals(AccessRequestStatus.OPEN, again.status());
        assertEquals(1, requests.openCount(vendor));
        assertEquals(0, requests.list(vendor, AccessRequestStatus.REJECTED, null, 0, 50).totalItems());
    }

    /**
     * Issue 13, item 12: asked, rejected with a reason, asked again, approved. The vendor's history of the customer (the
     * services' and so the page's and the API's) holds every step, each credited to whoever took it, newest first.
     */
    @Test
    void theVendorsHistoryHoldsEveryRequestAndRejectionBeforeTheApprovalWithWhoActed() {
        Actor vendor = data.newVendorAdmin();
        Actor staff = data.newVendorStaff(vendor.companyId());
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Journey " + UUID.randomUUID());
        AccessRequestView first = requests.requestAccess(customer, vendor.companyId(), "We run three cafés.");
        requests.reject(vendor, first.id(), "We deliver only in Vienna");
        AccessRequestView second = requests.requestAccess(customer, vendor.companyId(), "We opened in Vienna");

        CustomerView approved = requests.approve(staff, second.id(), "J-1");

        assertEquals(List.of(
                "CHANGED: customerNumber null -> J-1 by " + staff.label(),
                "ACCESS_APPROVED by " + staff.label(),
                "ACCESS_REQUESTED: message null -> We opened in Vienna by " + customer.label(),
                "ACCESS_REJECTED: reason null -> We deliver only in Vienna by " + vendor.label(),
                "ACCESS_REQUESTED: message null -> We run three cafés. by " + customer.label()), historyOf(vendor, approved.id()));
    }

    @Test
    void aRejectedRequestCanBeApprovedLaterButNotRejectedAgain() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Second thoughts " + UUID.randomUUID());
        AccessRequestView request = requests.requestAccess(customer, vendor.companyId(), null);
        requests.reject(vendor, request.id(), null);

        assertThrows(AccessRequestDecidedException.class, () -> requests.reject(vendor, request.id(), "again"));
        CustomerView approved = requests.approve(vendor, request.id(), null);

        assertEquals(customer.companyId(), approved.companyId());
        assertEquals(0, requests.list(vendor, AccessRequestStatus.REJECTED, null, 0, 50).totalItems());
        assertEquals(AccessRequestStatus.APPROVED, requests.myRequests(customer).get(0).status());
        assertEquals(List.of("ACCESS_APPROVED by " + vendor.label(), "ACCESS_REJECTED by " + vendor.label(),
                "ACCESS_REQUESTED by " + customer.label()), historyOf(vendor, approved.id()));
        assertThrows(AccessRequestDecidedException.class, () -> requests.approve(vendor, request.id(), null));
    }

    @Test
    void aNewRequestEmailsTheVendorsActiveAdminsInTheVendorsLanguageUnlessSwitchedOff() {
        Actor admin = data.newActiveVendorAdmin("Mailing vendor", "de");
        Actor staff = data.newVendorStaff(admin.companyId());
        data.listVendor(admin.companyId(), true);
        assertTrue(settings.mailsOnAccessRequests(admin), "on unless an admin switches it off");
        Actor customer = data.newCustomerAdmin("Asker " + UUID.randomUUID());

        requests.requestAccess(customer, admin.companyId(), "Bitte");
        requests.requestAccess(customer, admin.companyId(), "Bitte");

        String company = data.companyName(customer.companyId());
        assertEquals(List.of(company + " bittet um Zugang"), data.subjectsTo(data.emailOf(admin)), "once per new request");
        assertTrue(data.mailTo(data.emailOf(admin)).get(0).contains("Nachricht: Bitte"), data.mailTo(data.emailOf(admin)).get(0));
        assertTrue(data.mailTo(data.emailOf(admin)).get(0).contains("/vendor/customers.xhtml"));
        assertTrue(data.subjectsTo(data.emailOf(staff)).isEmpty(), "staff are not e-mailed; the badge counts for them");

        assertThrows(NotPermittedException.class, () -> settings.setMailOnAccessRequests(staff, false));
        settings.setMailOnAccessRequests(admin, false);
        assertFalse(settings.mailsOnAccessRequests(staff));
        Actor other = data.newCustomerAdmin("Quiet asker " + UUID.randomUUID());
        requests.requestAccess(other, admin.companyId(), null);
        assertEquals(1, data.subjectsTo(data.emailOf(admin)).size(), "switched off: no e-mail");
        assertTrue(data.historyOfCompany(admin.companyId()).contains("ACCESS_REQUEST_MAIL_OFF: null by " + admin.label()));
    }

    /** The vendor's history of one customer: "ACTION: field old -> new by actor", newest first. */
    private List<String> historyOf(Actor vendor, long customerId) {
        return details.history(vendor, customerId).stream()
                .map(e -> e.action() + (e.field() == null ? "" : ": " + e.field() + " " + e.oldValue() + " -> " + e.newValue())
                        + " by " + e.actor())
                .toList();
    }

    @Test
    void anotherVendorCannotSeeApproveOrRejectARequest() {
        Actor vendor = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor customer = data.newCustomerAdmin("Tenant request " + UUID.randomUUID());
        AccessRequestView request = requests.requestAccess(customer, vendor.companyId(), "Hi");

        assertThrows(NotFoundException.class, () -> requests.get(other, request.id()));
        assertThrows(NotFoundException.class, () -> requests.approve(other, request.id(), null));
        assertThrows(NotFoundException.class, () -> requests.reject(other, request.id(), "no"));
        assertEquals(0, requests.openCount(other));
        assertEquals(0, requests.list(other, AccessRequestStatus.OPEN, null, 0, 50).totalItems());
        assertEquals(1, requests.openCount(vendor));
        assertThrows(NotPermittedException.class, () -> requests.approve(customer, request.id(), null),
                "a customer cannot approve its own request");
    }

    @Test
    void aCustomerSeesOnlyItsOwnCompanysRequestsAndVendors() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        Actor asker = data.newCustomerAdmin("Own " + UUID.randomUUID());
        Actor stranger = data.newCustomerAdmin("Stranger " + UUID.randomUUID());
        requests.requestAccess(asker, vendor.companyId(), "Hi");

        assertTrue(requests.myRequests(stranger).isEmpty());
        assertTrue(requests.myVendors(stranger).isEmpty());
        assertEquals(null, requests.findVendors(stranger, data.companyName(vendor.companyId())).get(0).request());
        assertThrows(NotPermittedException.class, () -> requests.openCount(asker), "a customer has no vendor's requests");
        assertThrows(NotPermittedException.class, () -> requests.requestAccess(vendor, vendor.companyId(), "Me?"));
    }

    // ---- the funnel and the settings

    @Test
    void hasOrderedLightsUpOnceAnOrderIsRecordedAndTheDashboardCountsEachStatus() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        CustomerView prospect = add(vendor, "Prospect");
        Actor buyer = data.newCustomerAdmin("Buyer " + UUID.randomUUID());
        CustomerView registered = links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(buyer.companyId()), null));
        Actor asker = data.newCustomerAdmin("Asker " + UUID.randomUUID());
        requests.requestAccess(asker, vendor.companyId(), null);
        Actor rejected = data.newCustomerAdmin("Rejected " + UUID.randomUUID());
        requests.reject(vendor, requests.requestAccess(rejected, vendor.companyId(), null).id(), null);
        assertEquals(CustomerStatus.REGISTERED, registered.status());

        data.placeOrder(vendor.companyId(), buyer.companyId());

        assertEquals(CustomerStatus.HAS_ORDERED, customers.get(vendor, registered.id()).status());
        assertEquals(List.of(registered.id()), ids(customers.list(vendor, CustomerStatus.HAS_ORDERED.narrow(all()))));
        assertEquals(List.of(prospect.id()), ids(customers.list(vendor, CustomerStatus.PROSPECT.narrow(all()))));
        assertEquals(0, customers.list(vendor, CustomerStatus.REGISTERED.narrow(all())).totalItems());
        assertEquals(CustomerStatus.HAS_ORDERED, details.details(vendor, registered.id()).customer().status());

        bans.ban(vendor, prospect.id(), new NewBan("Counted anyway", null, false));
        var counts = funnel.funnel(vendor);
        assertEquals(1, counts.count(CustomerStatus.REQUESTED));
        assertEquals(1, counts.count(CustomerStatus.REJECTED));
        assertEquals(1, counts.count(CustomerStatus.PROSPECT));
        assertEquals(0, counts.count(CustomerStatus.REGISTERED));
        assertEquals(1, counts.count(CustomerStatus.HAS_ORDERED));
        assertEquals(1, counts.banned());
    }

    @Test
    void theDashboardCountsForEveryStatusWhatTheListShowsForThatStatusFilter() {
        Actor vendor = data.newVendorAdmin();
        data.listVendor(vendor.companyId(), true);
        add(vendor, "Prospect");
        CustomerView bannedProspect = add(vendor, "Banned prospect");
        bans.ban(vendor, bannedProspect.id(), new NewBan("Counted at its status", null, false));
        CustomerView invited = add(vendor, "Invited");
        invitations.invite(vendor, new NewInvitation(invited.email(), "Ina", "Invited", null, null, List.of(), false));
        links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(data.newCustomerAdmin("Registered " + UUID.randomUUID()).companyId()), null));
        Actor buyer = data.newCustomerAdmin("Ordered " + UUID.randomUUID());
        links.link(vendor, CustomerLink.byEmail(data.companyEmailOf(buyer.companyId()), null));
        data.placeOrder(vendor.companyId(), buyer.companyId());
        requests.requestAccess(data.newCustomerAdmin("Asker " + UUID.randomUUID()), vendor.companyId(), null);
        Actor rejected = data.newCustomerAdmin("Rejected " + UUID.randomUUID());
        requests.reject(vendor, requests.requestAccess(rejected, vendor.companyId(), null).id(), null);

        var counts = funnel.funnel(vendor);

        for (CustomerStatus status : CustomerStatus.values()) {
            // what the list's status filter shows, with the dashboard link's "bans=ALL" (CustomerListModel)
            long listed = status.isRelationship()
                    ? customers.count(vendor, status.narrow(all()).withBans(CustomerQuery.BanFilter.ALL))
                    : requests.listByCustomerStatus(vendor, status, null, 0, 50).totalItems();
            assertEquals(listed, counts.count(status), status + ": dashboard and list agree");
        }
        assertEquals(2, counts.count(CustomerStatus.PROSPECT), "the banned prospect counts at its status");
        assertEquals(1, counts.count(CustomerStatus.INVITED), "a customer with a pending invitation is Invited");
        assertEquals(1, counts.count(CustomerStatus.REGISTERED));
        assertEquals(1, counts.count(CustomerStatus.HAS_ORDERED));
        assertEquals(1, counts.count(CustomerStatus.REQUESTED));
        assertEquals(1, counts.count(CustomerStatus.REJECTED));
        assertEquals(1, counts.banned());
        assertEquals(customers.count(vendor, all().withBans(CustomerQuery.BanFilter.BANNED)), counts.banned());

        Funnel stranger = funnel.funnel(data.newVendorAdmin());
        assertTrue(stranger.counts().values().stream().allMatch(count -> count == 0), "another vendor counts none of these");
        assertThrows(NotPermittedException.class, () -> funnel.funnel(rejected), "a customer has no dashboard");
    }

    @Test
    void theExportsContactDataIsReadOnlyForTheVendorsOwnCustomers() {
        Actor vendor = data.newVendorAdmin();
        String unique = UUID.randomUUID().toString();
        CustomerView added = customers.add(vendor, new NewCustomer("Export " + unique, "info-" + unique + "@ban.example",
                "Kim", "Kunde", "+43 1 234", "Ring 1", "1010", "Wien", "AT", null, false));

        assertEquals(new CustomerContact("+43 1 234", "Kim Kunde"), customers.contacts(vendor, List.of(added.id())).get(added.id()));
        assertTrue(customers.contacts(data.newVendorAdmin(), List.of(added.id())).isEmpty(), "another vendor reads nothing");
    }

    @Test
    void vendorStaffMayNeitherBanNorLiftNorUnlinkWhileAdminsAndApiKeysMay() {
        Actor admin = data.newVendorAdmin();
        Actor staff = data.newVendorStaff(admin.companyId());
        Actor apiKey = Actor.apiKey(admin.companyId(), "API key \"ERP\"");
        CustomerView customer = add(admin, "Staff-proof");

        assertThrows(NotPermittedException.class, () -> bans.ban(staff, customer.id(), new NewBan("Unpaid", null, false)));
        assertFalse(customers.get(admin, customer.id()).banned(), "staff banned nobody");
        bans.ban(admin, customer.id(), new NewBan("Unpaid", null, false));
        assertThrows(NotPermittedException.class, () -> bans.lift(staff, customer.id()));
        assertTrue(customers.get(staff, customer.id()).banned(), "staff see the ban, but lift nothing");
        bans.lift(apiKey, customer.id());
        assertFalse(customers.get(admin, customer.id()).banned(), "an API key lifts it");
        bans.ban(apiKey, customer.id(), new NewBan("Unpaid again", null, false));
        bans.lift(admin, customer.id());

        assertThrows(NotPermittedException.class, () -> customers.unlink(staff, customer.id(), null));
        assertEquals(1, data.relationshipsBetween(admin.companyId(), customer.companyId()), "staff unlinked nothing");
        customers.unlink(apiKey, customer.id(), null);
        assertEquals(0, data.relationshipsBetween(admin.companyId(), customer.companyId()), "an API key unlinks");
        List<String> history = data.historyOf(customer.id());
        assertEquals(2, history.stream().filter("CUSTOMER_BANNED"::equals).count(), "only the admin's and the key's bans");
        assertEquals(2, history.stream().filter("CUSTOMER_BAN_LIFTED"::equals).count());
        assertTrue(history.contains("CUSTOMER_UNLINKED"));
    }

    @Test
    void onlyAVendorAdminListsTheVendor() {
        Actor admin = data.newVendorAdmin();
        Actor staff = new Actor(null, admin.companyId(), Role.VENDOR_STAFF, "Staff");
        Actor customer = data.newCustomerAdmin("Looker " + UUID.randomUUID());
        String name = data.companyName(admin.companyId());
        assertFalse(settings.isListed(admin));

        assertThrows(NotPermittedException.class, () -> settings.setListed(staff, true));
        assertTrue(requests.findVendors(customer, name).isEmpty());
        settings.setListed(admin, true);

        assertTrue(settings.isListed(staff));
        assertEquals(1, requests.findVendors(customer, name).size());
        assertEquals(List.of("VENDOR_LISTED: null by " + admin.label()), data.historyOfCompany(admin.companyId()));
    }

    private CustomerView add(Actor vendor, String name) {
        String unique = UUID.randomUUID().toString();
        return customers.add(vendor, new NewCustomer(name + " " + unique, "info-" + unique + "@ban.example", "Kim", "Kunde",
                null, "Ring 1", "1010", "Wien", "AT", "N-" + unique.substring(0, 8), false));
    }

    private static CustomerQuery all() {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, 50);
    }

    private static List<Long> ids(com.clientbook.domain.shared.Page<CustomerView> page) {
        return page.items().stream().map(CustomerView::id).toList();
    }
}
