package com.clientbook.services.report;

import com.clientbook.domain.accessrequest.AccessRequestStatus;
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
 * filter's count, all of them in one statement ({@link CustomerRepository#count(long, Map)}); the others are counted
 * by {@link ReportRepository} from indexes (migration V32), at the moment of the view; the top 10 lists are at most
 * {@link ReportRepository#FIGURES_FRESH_FOR} old.
 */
@Stateless
public class DashboardService {

    private static final String READ = "read the dashboard";
    static final int WEEKS = 12;

    /** The statuses customers move into by an event of their own (see {@link CustomerQuery.Moved}). */
    private static final List<CustomerStatus> MOVED = List.of(CustomerStatus.PROSPECT, CustomerStatus.INVITED,
            CustomerStatus.REGISTERED, CustomerStatus.HAS_ORDERED);
    private static final String WITHOUT_NUMBER = "withoutCustomerNumber";
    private static final String WITHOUT_LOCATION = "withoutLocation";

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
        Instant since7 = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(7));
        Instant since30 = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));

        // every count that links to a customer list is that list's count for the filters the link sets, all of them
        // counted in one statement of the list's own conditions
        CustomerQuery everyone = FunnelService.everyone(now);
        Map<Object, CustomerQuery> lists = FunnelService.queries(everyone);
        lists.put(WITHOUT_NUMBER, everyone.withoutCustomerNumber(true));
        lists.put(WITHOUT_LOCATION, everyone.withLocation(false));
        for (Instant since : List.of(since7, since30)) {
            for (CustomerStatus status : MOVED) {
                lists.put(new Move(status, since), everyone.withMoved(new CustomerQuery.Moved(status.moveStep(), since)));
            }
        }
        Map<Object, Long> counts = customers.count(vendorId, lists);
        // the access requests at Requested and Rejected, and those that moved there in the last 7 and 30 days
        Map<AccessRequestStatus, List<Long>> requested = requests.count(vendorId,
                List.of(CustomerStatus.REQUESTED.requestStatus(), CustomerStatus.REJECTED.requestStatus()), List.of(since7, since30));
        List<Long> open = requested.get(CustomerStatus.REQUESTED.requestStatus());
        List<Long> rejected = requested.get(CustomerStatus.REJECTED.requestStatus());
        Funnel funnel = FunnelService.funnel(counts, open.get(0), rejected.get(0));

        Attention counted = reports.attention(vendorId, now, LocalDate.ofInstant(now, ZoneOffset.UTC),
                thisWeek.plusDays(6));
        Attention attention = new Attention(funnel.count(CustomerStatus.REQUESTED),
                invitations.count(vendorId, new InvitationFilter(true, false), now),
                counted.bansEnding(), counts.get(WITHOUT_NUMBER), counts.get(WITHOUT_LOCATION), funnel.onNoRoute(),
                funnel.withoutDeliveryDays(), counted.importsWithErrors(),
                invitations.count(vendorId, new InvitationFilter(false, true), now));

        Map<ReportRepository.Series, List<DayCount>> series = reports.dashboardSeries(vendorId, zone, firstWeek,
                thisWeek.minusWeeks(1), now);
        List<DayCount> orders = series.get(ReportRepository.Series.ORDERS);
        Map<String, List<RankedItem>> top = reports.topOfLast30Days(vendorId, now);
        return new Dashboard(today, funnel,
                moves(counts, since7, open.get(1), rejected.get(1)),
                moves(counts, since30, open.get(2), rejected.get(2)),
                attention,
                weekly(series.get(ReportRepository.Series.ADDED), firstWeek),
                weekly(series.get(ReportRepository.Series.SENT), firstWeek),
                weekly(series.get(ReportRepository.Series.ACCEPTED), firstWeek),
                daily(orders, thisWeek, today),
                daily(orders, thisWeek.minusWeeks(1), thisWeek.minusDays(1)),
                top.get("PRODUCT"), top.get("CUSTOMER"));
    }

    /** The key of the count of customers moved into a step since an instant. */
    private record Move(CustomerStatus status, Instant since) {
    }

    /**
     * The moves into each step since the instant, each the count of the customer list the dashboard links it to:
     * access requests made or rejected since (the list at Requested or Rejected), customers moved since
     * ({@link CustomerQuery.Moved}, banned ones too). The link carries the instant, so the list counts from the same one.
     */
    private static FunnelMoves moves(Map<Object, Long> counts, Instant since, long requested, long rejected) {
        return new FunnelMoves(since, requested, rejected,
                counts.get(new Move(CustomerStatus.PROSPECT, since)),
                counts.get(new Move(CustomerStatus.INVITED, since)),
                counts.get(new Move(CustomerStatus.REGISTERED, since)),
                counts.get(new Move(CustomerStatus.HAS_ORDERED, since)));
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
