package com.clientbook.services.report;

import com.clientbook.domain.accessrequest.AccessRequestStatus;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.invitation.InvitationFilter;
import com.clientbook.domain.report.ActivityQuery;
import com.clientbook.domain.report.Attention;
import com.clientbook.domain.report.CustomerActivity;
import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.FunnelMoves;
import com.clientbook.domain.report.InvitationSender;
import com.clientbook.domain.report.InvitationWeek;
import com.clientbook.domain.report.PlatformFigures;
import com.clientbook.domain.report.RankedItem;
import com.clientbook.domain.report.RouteDay;
import com.clientbook.domain.report.RouteWeekday;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.Page;
import com.clientbook.domain.user.Role;
import com.clientbook.services.AdjustableClock;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's and the reports' figures against what was computed by hand from {@link ReportFixture}'s small data
 * set, on a clock set to its Wednesday: every chart's series and every table's numbers; the dashboard's counts equal
 * the customer list's counts for the filters they link to; another vendor sees none of it; the platform report is
 * for platform admins only.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war().addClasses(AdjustableClock.class, ReportFixture.class);
    }

    @Inject
    DashboardService dashboards;

    @Inject
    ReportService reports;

    @Inject
    CustomerService customers;

    @Inject
    AccessRequestService accessRequests;

    @Inject
    ReportFixture fixture;

    @Inject
    InvitationService invitations;

    @Inject
    TestData data;

    @Inject
    AdjustableClock clock;

    private Actor vendor;
    private ReportFixture.Ids ids;

    @BeforeEach
    void buildTheDataSet() {
        clock.setTo(ReportFixture.NOW);
        vendor = data.newVendorAdmin();
        ids = fixture.build(vendor.companyId());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void reportsFunnelCountsConversionAndMovesAreTheHandComputedOnes() {
        Dashboard dashboard = dashboards.dashboard(vendor);
        assertEquals(LocalDate.parse("2026-12-09"), dashboard.today());
        assertEquals(1, dashboard.funnel().count(CustomerStatus.REQUESTED));
        assertEquals(0, dashboard.funnel().count(CustomerStatus.REJECTED));
        assertEquals(1, dashboard.funnel().count(CustomerStatus.PROSPECT), "Beta");
        assertEquals(1, dashboard.funnel().count(CustomerStatus.INVITED), "Delta");
        assertEquals(1, dashboard.funnel().count(CustomerStatus.REGISTERED), "Epsilon");
        assertEquals(2, dashboard.funnel().count(CustomerStatus.HAS_ORDERED), "Alpha and Gamma");
        // since Wednesday 2 December 10:00: the request, Alpha and Delta added, Delta invited (i1; i6 is to an address
        // that is no customer, so it moves nobody), Epsilon's i3 accepted, no first order
        java.time.Instant since7 = java.time.Instant.parse("2026-12-02T10:00:00Z");
        assertEquals(new FunnelMoves(since7, 1, 0, 2, 1, 1, 0), dashboard.last7Days());
        // since 9 November 10:00: Beta added too, Alpha (i2) and Epsilon (i3) invited too, Alpha's i2 accepted too,
        // Alpha's first order
        java.time.Instant since30 = java.time.Instant.parse("2026-11-09T10:00:00Z");
        assertEquals(new FunnelMoves(since30, 1, 0, 3, 3, 2, 1), dashboard.last30Days());
    }

    @Test
    void reportsNeedsAttentionCountsEqualTheListsTheyLinkTo() {
        Attention attention = dashboards.dashboard(vendor).attention();
        assertEquals(new Attention(1, 1, 1, 2, 1, 3, 3, 1, 1), attention);

        CustomerQuery everyone = CustomerQuery.firstPage().withBans(CustomerQuery.BanFilter.ALL);
        assertEquals(attention.withoutCustomerNumber(), total(everyone.withoutCustomerNumber(true)));
        assertEquals(attention.withoutRoute(), total(everyone.withRoute(CustomerQuery.RouteFilter.NONE)));
        assertEquals(attention.withoutDeliveryDays(), total(everyone.withDeliveryDays(false)));
        assertEquals(attention.openRequests(), accessRequests.list(vendor, AccessRequestStatus.OPEN, null, 0, 50).totalItems());
        Dashboard dashboard = dashboards.dashboard(vendor);
        for (CustomerStatus status : List.of(CustomerStatus.PROSPECT, CustomerStatus.INVITED, CustomerStatus.REGISTERED,
                CustomerStatus.HAS_ORDERED)) {
            assertEquals(dashboard.funnel().count(status), total(status.narrow(everyone)), status + ": dashboard and list agree");
        }
        assertEquals(dashboard.funnel().banned(), total(everyone.withBans(CustomerQuery.BanFilter.BANNED)));
    }

    @Test
    void reportsDashboardChartsAreTheHandComputedSeries() {
        Dashboard dashboard = dashboards.dashboard(vendor);
        // 12 weeks from Monday 21 September: Gamma in the week of 28 September, Beta in the week of 30 November,
        // Alpha and Delta this week (Epsilon, 1 September, is before the first week)
        assertEquals(weeks(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2), counts(dashboard.newCustomersPerWeek()));
        assertEquals(LocalDate.parse("2026-09-21"), dashboard.newCustomersPerWeek().get(0).day());
        // sent: i4 (20 Nov), i5 (24 Nov), i2 i3 i6 (1-3 Dec), i1 (today); accepted: i2 and i3 in the week of 30 November
        assertEquals(weeks(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3, 1), counts(dashboard.invitationsSentPerWeek()));
        assertEquals(weeks(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0), counts(dashboard.invitationsAcceptedPerWeek()));
        // orders: Monday's is cancelled; Tuesday one, today one; last week Tuesday one
        assertEquals(List.of(0L, 1L, 1L), counts(dashboard.ordersThisWeek()));
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L, 0L, 0L), counts(dashboard.ordersLastWeek()));
        assertEquals(MONDAY, dashboard.ordersThisWeek().get(0).day());
        assertEquals(2, dashboard.ordersThisWeekSoFar());
        assertEquals(1, dashboard.ordersLastWeekSameDays());
        assertEquals(1, dashboard.ordersDifference());
        assertEquals(1, dashboard.ordersTrend());
        // top products of the last 30 days, cancelled orders left out: two in 2 orders each, product two 7 pieces (1 + 6),
        // product one 5 (2 + 3); Gamma's August order is older
        List<RankedItem> products = dashboard.topProducts();
        assertEquals(2, products.size());
        assertEquals(List.of(ids.productTwo(), ids.productOne()), products.stream().map(RankedItem::id).toList());
        assertEquals(List.of(2L, 2L), products.stream().map(RankedItem::orders).toList());
        assertEquals(0, new BigDecimal("7").compareTo(products.get(0).quantity()));
        assertEquals(0, new BigDecimal("5").compareTo(products.get(1).quantity()));
        // top customers: Alpha alone, 3 orders with 4 lines
        List<RankedItem> top = dashboard.topCustomers();
        assertEquals(1, top.size());
        assertEquals(ids.alpha(), top.get(0).id());
        assertEquals(3, top.get(0).orders());
        assertEquals(0, new BigDecimal("4").compareTo(top.get(0).quantity()));
    }

    @Test
    void reportsCustomerActivityIsTheHandComputedTable() {
        Page<CustomerActivity> page = reports.customerActivity(vendor, new ActivityQuery(null, true, 0, 50));
        assertEquals(5, page.totalItems());
        assertEquals(List.of(ids.alpha(), ids.gamma(), ids.beta(), ids.delta(), ids.epsilon()),
                page.items().stream().map(CustomerActivity::relationshipId).toList(), "last order first, never ordered last");
        CustomerActivity alpha = page.items().get(0);
        assertEquals(java.time.Instant.parse("2026-12-09T08:00:00Z"), alpha.lastOrderAt());
        assertEquals(List.of(3L, 4L, 3L, 4L), List.of(alpha.orders30(), alpha.lines30(), alpha.orders90(), alpha.lines90()));
        CustomerActivity gamma = page.items().get(1);
        assertEquals(java.time.Instant.parse("2026-08-01T09:00:00Z"), gamma.lastOrderAt());
        assertEquals(List.of(0L, 0L, 0L, 0L), List.of(gamma.orders30(), gamma.lines30(), gamma.orders90(), gamma.lines90()));
        assertEquals("=G" + ids.unique(), gamma.customerNumber());
        assertEquals(null, page.items().get(2).lastOrderAt());

        // longest ago first: Gamma, Alpha, then the others
        assertEquals(ids.gamma(), reports.customerActivity(vendor, new ActivityQuery(null, false, 0, 1)).items().get(0).relationshipId());
        // gone quiet for 30 days: Gamma only (Alpha ordered today; the others never ordered)
        Page<CustomerActivity> quiet = reports.customerActivity(vendor, new ActivityQuery(30, true, 0, 50));
        assertEquals(1, quiet.totalItems());
        assertEquals(ids.gamma(), quiet.items().get(0).relationshipId());
        assertEquals(1, reports.countCustomerActivity(vendor, new ActivityQuery(30, true, 0, 1)));
        assertEquals(0, reports.customerActivity(vendor, new ActivityQuery(200, true, 0, 50)).totalItems(), "130 days quiet");
        // the second page of two
        assertEquals(List.of(ids.delta(), ids.epsilon()), reports.customerActivity(vendor, new ActivityQuery(null, true, 1, 3))
                .items().stream().map(CustomerActivity::relationshipId).toList());
    }

    @Test
    void reportsInvitationReportIsTheHandComputedTable() {
        InvitationReport report = reports.invitations(vendor);
        assertEquals(12, report.weeks().size());
        assertEquals(LocalDate.parse("2026-09-21"), report.firstWeek());
        assertEquals(new InvitationWeek(LocalDate.parse("2026-11-16"), 1, 0, 0, 0), report.weeks().get(8));
        assertEquals(new InvitationWeek(LocalDate.parse("2026-11-23"), 1, 0, 1, 1), report.weeks().get(9));
        assertEquals(new InvitationWeek(LocalDate.parse("2026-11-30"), 3, 2, 0, 0), report.weeks().get(10));
        assertEquals(new InvitationWeek(MONDAY, 1, 0, 0, 0), report.weeks().get(11));
        assertEquals(new InvitationWeek(LocalDate.parse("2026-09-21"), 0, 0, 0, 0), report.weeks().get(0));
        // Otto: i3 accepted after 48 h, i4 expired, i6 pending; Vera: i2 accepted after 23 h, i5 revoked, i1 pending
        assertEquals(List.of(new InvitationSender("Otto", 3, 1, 1, 0, 1, Duration.ofHours(48)),
                new InvitationSender("Vera", 3, 1, 0, 1, 1, Duration.ofHours(23))), report.senders());
        assertEquals(Duration.ofMinutes(35 * 60 + 30), report.medianToAccept(), "the median of 23 h and 48 h");
    }

    @Test
    void reportsRouteReportIsTheHandComputedTable() {
        RouteReport report = reports.routes(vendor);
        String north = "N" + ids.unique();
        String south = "S" + ids.unique();
        assertEquals(List.of(new RouteWeekday(ids.northRoute(), north, "North", DayOfWeek.MONDAY, 2, 2),
                new RouteWeekday(ids.northRoute(), north, "North", DayOfWeek.THURSDAY, 2, 2),
                new RouteWeekday(ids.southRoute(), south, "South", DayOfWeek.FRIDAY, 0, 0)), report.weekdays());
        assertEquals(LocalDate.parse("2026-11-25"), report.from());
        assertEquals(LocalDate.parse("2026-12-16"), report.to());
        // delivery on 3 December: last week's order; on 10 December: Tuesday's and today's (Monday's is cancelled)
        assertEquals(List.of(new RouteDay(ids.northRoute(), north, "North", LocalDate.parse("2026-12-03"), 1),
                new RouteDay(ids.northRoute(), north, "North", LocalDate.parse("2026-12-10"), 2)), report.orders());
    }

    @Test
    void reportsShowAnotherVendorNoneOfTheData() {
        Actor other = data.newVendorAdmin();
        Dashboard dashboard = dashboards.dashboard(other);
        for (CustomerStatus status : CustomerStatus.values()) {
            assertEquals(0, dashboard.funnel().count(status));
        }
        assertEquals(new Attention(0, 0, 0, 0, 0, 0, 0, 0, 0), dashboard.attention());
        assertEquals(new FunnelMoves(dashboard.last30Days().since(), 0, 0, 0, 0, 0, 0), dashboard.last30Days());
        // the lists the dashboard's links open show the other vendor none of the first vendor's customers either
        for (CustomerStatus status : List.of(CustomerStatus.PROSPECT, CustomerStatus.INVITED, CustomerStatus.REGISTERED,
                CustomerStatus.HAS_ORDERED)) {
            assertEquals(0, customers.list(other, CustomerQuery.firstPage().withBans(CustomerQuery.BanFilter.ALL)
                    .withMoved(new CustomerQuery.Moved(status.moveStep(), dashboard.last30Days().since()))).totalItems());
        }
        assertEquals(0, customers.list(other, CustomerQuery.firstPage().withBans(CustomerQuery.BanFilter.ALL)
                .withLocation(false)).totalItems());
        assertEquals(0, accessRequests.list(other, AccessRequestStatus.OPEN, null, dashboard.last30Days().since(), 0, 50)
                .totalItems());
        for (InvitationFilter filter : List.of(new InvitationFilter(true, false), new InvitationFilter(false, true))) {
            assertEquals(0, invitations.list(other, null, filter, 0, 50).totalItems());
        }
        assertTrue(dashboard.topProducts().isEmpty() && dashboard.topCustomers().isEmpty());
        assertEquals(0, dashboard.ordersThisWeekSoFar() + dashboard.ordersLastWeekSameDays());
        assertEquals(0, reports.customerActivity(other, new ActivityQuery(null, true, 0, 50)).totalItems());
        assertTrue(reports.invitations(other).senders().isEmpty());
        assertTrue(reports.routes(other).weekdays().isEmpty() && reports.routes(other).orders().isEmpty());

        // and the other vendor's own order stays out of the first vendor's figures
        fixture.otherVendorsOrder(other.companyId());
        assertEquals(1, dashboards.dashboard(other).topCustomers().size());
        assertEquals(List.of(ids.alpha()), dashboards.dashboard(vendor).topCustomers().stream().map(RankedItem::id).toList());
        assertEquals(5, reports.customerActivity(vendor, new ActivityQuery(null, true, 0, 50)).totalItems());
    }

    @Test
    void reportsAreRefusedToCustomersAndThePlatformReportToVendors() {
        Actor customer = data.newCustomerAdmin("Customer " + UUID.randomUUID());
        assertThrows(NotPermittedException.class, () -> dashboards.dashboard(customer));
        assertThrows(NotPermittedException.class, () -> reports.customerActivity(customer, new ActivityQuery(null, true, 0, 5)));
        assertThrows(NotPermittedException.class, () -> reports.invitations(customer));
        assertThrows(NotPermittedException.class, () -> reports.routes(customer));
        assertThrows(NotPermittedException.class, () -> reports.platform(vendor));
        assertThrows(NotPermittedException.class, () -> reports.platform(data.newVendorStaff(vendor.companyId())));
    }

    @Test
    void reportsPlatformFiguresCountWhatIsAdded() {
        Actor admin = data.newPlatformAdmin();
        PlatformFigures before = reports.platform(admin);
        data.newVendorAdmin();
        data.newCustomerAdmin("Platform " + UUID.randomUUID());
        fixture.outbox("gave-up-" + UUID.randomUUID() + "@example.com", "2026-12-09T09:00:00Z", 20, null);
        LocalDate thisWeek = LocalDate.ofInstant(ReportFixture.NOW, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        fixture.countSignIn(thisWeek);
        fixture.countSignIn(thisWeek);
        PlatformFigures after = reports.platform(admin);
        assertEquals(before.vendors() + 1, after.vendors());
        assertEquals(before.customerCompanies() + 1, after.customerCompanies());
        assertEquals(before.outboxGaveUp() + 1, after.outboxGaveUp());
        assertEquals(12, after.signInsPerWeek().size());
        assertEquals(thisWeek, after.signInsPerWeek().get(11).day());
        assertEquals(before.signInsPerWeek().get(11).count() + 2, after.signInsPerWeek().get(11).count());
    }

    @Test
    void reportsMovesAndAttentionLinksOpenListsOfExactlyTheCountedRows() {
        Dashboard dashboard = dashboards.dashboard(vendor);
        CustomerQuery everyone = CustomerQuery.firstPage().withBans(CustomerQuery.BanFilter.ALL);
        for (FunnelMoves moves : List.of(dashboard.last7Days(), dashboard.last30Days())) {
            assertEquals(moves.requested(), accessRequests.list(vendor, AccessRequestStatus.OPEN, null, moves.since(), 0, 50)
                    .totalItems(), "Requested since " + moves.since());
            assertEquals(moves.rejected(), accessRequests.list(vendor, AccessRequestStatus.REJECTED, null, moves.since(), 0, 50)
                    .totalItems(), "Rejected since " + moves.since());
            assertEquals(moves.added(), moved(everyone, CustomerStatus.PROSPECT, moves).size());
            assertEquals(moves.invited(), moved(everyone, CustomerStatus.INVITED, moves).size());
            assertEquals(moves.registered(), moved(everyone, CustomerStatus.REGISTERED, moves).size());
            assertEquals(moves.firstOrders(), moved(everyone, CustomerStatus.HAS_ORDERED, moves).size());
        }
        // the customers themselves, whatever their status now: Alpha ordered since it was invited, Epsilon is banned
        FunnelMoves month = dashboard.last30Days();
        assertEquals(java.util.Set.of(ids.alpha(), ids.beta(), ids.delta()), java.util.Set.copyOf(moved(everyone, CustomerStatus.PROSPECT, month)));
        assertEquals(java.util.Set.of(ids.alpha(), ids.delta(), ids.epsilon()), java.util.Set.copyOf(moved(everyone, CustomerStatus.INVITED, month)));
        assertEquals(java.util.Set.of(ids.alpha(), ids.epsilon()), java.util.Set.copyOf(moved(everyone, CustomerStatus.REGISTERED, month)));
        assertEquals(List.of(ids.alpha()), moved(everyone, CustomerStatus.HAS_ORDERED, month));
        assertEquals(List.of(ids.delta()), moved(everyone, CustomerStatus.INVITED, dashboard.last7Days()));

        // without delivery location: Beta alone (the wider "no delivery days" has Gamma and Epsilon too)
        Attention attention = dashboard.attention();
        Page<com.clientbook.services.customer.CustomerView> withoutLocation = customers.list(vendor, everyone.withLocation(false));
        assertEquals(attention.withoutLocation(), withoutLocation.totalItems());
        assertEquals(List.of(ids.beta()), withoutLocation.items().stream().map(c -> c.id()).toList());
        assertEquals(4, total(everyone.withLocation(true)));

        // the invitations page's filters: i6 is pending and expires on Friday, and its e-mail was given up
        var expiring = invitations.list(vendor, null, new InvitationFilter(true, false), 0, 50);
        assertEquals(attention.invitationsExpiring(), expiring.totalItems());
        assertEquals(List.of("i6-" + ids.unique() + "@invited.example"), expiring.items().stream().map(i -> i.email()).toList());
        var undelivered = invitations.list(vendor, null, new InvitationFilter(false, true), 0, 50);
        assertEquals(attention.mailsNotDelivered(), undelivered.totalItems());
        assertEquals(List.of("i6-" + ids.unique() + "@invited.example"), undelivered.items().stream().map(i -> i.email()).toList());
        assertEquals(1, invitations.list(vendor, null, new InvitationFilter(true, true), 0, 50).totalItems(), "both at once");
        assertEquals(6, invitations.list(vendor, null, InvitationFilter.NONE, 0, 50).totalItems(), "no filter: all six");
    }

    private List<Long> moved(CustomerQuery everyone, CustomerStatus status, FunnelMoves moves) {
        return customers.list(vendor, everyone.withMoved(new CustomerQuery.Moved(status.moveStep(), moves.since())))
                .items().stream().map(c -> c.id()).toList();
    }

    private long total(CustomerQuery query) {
        return customers.list(vendor, query).totalItems();
    }

    private static List<Long> counts(List<DayCount> counts) {
        return counts.stream().map(DayCount::count).toList();
    }

    private static List<Long> weeks(long... counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
