package com.clientbook.services.report;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.invitation.InvitationFilter;
import com.clientbook.domain.report.FunnelMoves;
import com.clientbook.persistence.accessrequest.AccessRequestRepository;
import com.clientbook.persistence.invitation.InvitationRepository;
import com.clientbook.domain.report.Attention;
import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.RankedItem;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.report.ReportRepository;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.vendor.Funnel;
import com.clientbook.services.vendor.FunnelService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code vendor/dashboard.xhtml}: the funnel ({@link FunnelService}, the customer list's own counts), the moves of
 * the last 7 and 30 days, what needs attention, and the charts. Counts that link to a customer list filter are that
 * filter's count; the others are counted by {@link ReportRepository} from indexes (migration V32), at the moment of
 * the view; the top 10 lists are at most {@link ReportRepository#FIGURES_FRESH_FOR} old.
 */
@Stateless
public class DashboardService {

    private static final String READ = "read the dashboard";
    static final int WEEKS = 12;

    @Inject
    FunnelService funnels;

    @Inject
    CustomerRepository customers;

    @Inject
    ReportRepository reports;

    @Inject
    AccessRequestRepository requests;

    @Inject
    InvitationRepository invitations;

    @Inject
    CompanyRepository companies;

    @Inject
    Clock clock;

    public Dashboard dashboard(Actor actor) {
        long vendorId = actor.vendorId(READ);
        Instant now = clock.instant();
        ZoneId zone = companies.get(vendorId).zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = firstWeek(now, zone);

        Funnel funnel = funnels.funnel(actor);
        CustomerQuery everyone = new CustomerQuery(null, null, null, null, true, 0, 1)
                .withBans(CustomerQuery.BanFilter.ALL).on(LocalDate.ofInstant(now, ZoneOffset.UTC));
        Attention counted = reports.attention(vendorId, now, LocalDate.ofInstant(now, ZoneOffset.UTC),
                thisWeek.plusDays(6));
        // each count that links to a list is that list's count for the filters the link sets
        Attention attention = new Attention(funnel.count(CustomerStatus.REQUESTED),
                invitations.count(vendorId, new InvitationFilter(true, false), now),
                counted.bansEnding(), customers.count(vendorId, everyone.withoutCustomerNumber(true)),
                customers.count(vendorId, everyone.withLocation(false)), funnel.onNoRoute(), funnel.withoutDeliveryDays(),
                counted.importsWithErrors(), invitations.count(vendorId, new InvitationFilter(false, true), now));

        List<DayCount> orders = reports.ordersPerDay(vendorId, zone, thisWeek.minusWeeks(1), now);
        Map<String, List<RankedItem>> top = reports.topOfLast30Days(vendorId, now);
        return new Dashboard(today, funnel,
                moves(vendorId, everyone, now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(7))),
                moves(vendorId, everyone, now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30))),
                attention,
                weekly(reports.customersAddedPerWeek(vendorId, zone, firstWeek, now), firstWeek),
                weekly(reports.invitationsSentPerWeek(vendorId, zone, firstWeek, now), firstWeek),
                weekly(reports.invitationsAcceptedPerWeek(vendorId, zone, firstWeek, now), firstWeek),
                daily(orders, thisWeek, today),
                daily(orders, thisWeek.minusWeeks(1), thisWeek.minusDays(1)),
                top.get("PRODUCT"), top.get("CUSTOMER"));
    }

    /**
     * The moves into each step since the instant, each the count of the customer list the dashboard links it to:
     * access requests made or rejected since (the list at Requested or Rejected), customers moved since
     * ({@link CustomerQuery.Moved}, banned ones too). The link carries the instant, so the list counts from the same one.
     */
    private FunnelMoves moves(long vendorId, CustomerQuery everyone, Instant since) {
        return new FunnelMoves(since,
                requests.count(vendorId, CustomerStatus.REQUESTED.requestStatus(), since),
                requests.count(vendorId, CustomerStatus.REJECTED.requestStatus(), since),
                movedInto(vendorId, everyone, CustomerStatus.PROSPECT, since),
                movedInto(vendorId, everyone, CustomerStatus.INVITED, since),
                movedInto(vendorId, everyone, CustomerStatus.REGISTERED, since),
                movedInto(vendorId, everyone, CustomerStatus.HAS_ORDERED, since));
    }

    private long movedInto(long vendorId, CustomerQuery everyone, CustomerStatus status, Instant since) {
        return customers.count(vendorId, everyone.withMoved(new CustomerQuery.Moved(status.moveStep(), since)));
    }

    /** The Monday of the first of the 12 weeks that end with the one holding {@code now}, in the zone. */
    static LocalDate firstWeek(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
    }

    /** The 12 weeks from {@code firstWeek}, each with its count or 0. */
    static List<DayCount> weekly(List<DayCount> counts, LocalDate firstWeek) {
        Map<LocalDate, Long> byWeek = counts.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
        List<DayCount> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            weeks.add(new DayCount(week, byWeek.getOrDefault(week, 0L)));
        }
        return weeks;
    }

    /** The days from {@code first} to {@code last}, each with its count or 0. */
    static List<DayCount> daily(List<DayCount> counts, LocalDate first, LocalDate last) {
        Map<LocalDate, Long> byDay = counts.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
        return first.datesUntil(last.plusDays(1)).map(day -> new DayCount(day, byDay.getOrDefault(day, 0L))).toList();
    }
}
