package com.clientbook.services.report;

import com.clientbook.domain.report.ActivityQuery;
import com.clientbook.domain.report.CustomerActivity;
import com.clientbook.domain.report.InvitationWeek;
import com.clientbook.domain.report.PlatformFigures;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.report.ReportRepository;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports pages (issue 16): the vendor's customer activity, invitations and routes, and the platform admin's
 * counts. Read at the moment of the request from the indexes of migration V32; weeks and days in the vendor's zone.
 */
@Stateless
public class ReportService {

    private static final String READ = "read the reports";
    private static final String READ_PLATFORM = "read the platform report";
    /** The routes report's delivery days: the last two weeks and the next one. */
    static final int ROUTE_DAYS_BACK = 14;
    static final int ROUTE_DAYS_AHEAD = 7;

    @Inject
    ReportRepository reports;

    @Inject
    CompanyRepository companies;

    @Inject
    Clock clock;

    /** One page of the customer activity report. */
    public Page<CustomerActivity> customerActivity(Actor actor, ActivityQuery query) {
        return reports.activity(actor.vendorId(READ), query, clock.instant());
    }

    /** How many customers the activity query lists (for the table's paginator, before a page is read). */
    public long countCustomerActivity(Actor actor, ActivityQuery query) {
        return reports.countActivity(actor.vendorId(READ), query, clock.instant());
    }

    /** The vendor's zone: its days are what "days since last order" counts. */
    public ZoneId zone(Actor actor) {
        return companies.get(actor.vendorId(READ)).zone();
    }

    /** The instant the reports are read at. */
    public Instant now() {
        return clock.instant();
    }

    public InvitationReport invitations(Actor actor) {
        long vendorId = actor.vendorId(READ);
        Instant now = clock.instant();
        ZoneId zone = companies.get(vendorId).zone();
        LocalDate firstWeek = DashboardService.firstWeek(now, zone);
        Map<LocalDate, InvitationWeek> counted = reports.invitationWeeks(vendorId, zone, firstWeek, now).stream()
                .collect(Collectors.toMap(InvitationWeek::week, Function.identity()));
        List<InvitationWeek> weeks = new ArrayList<>();
        for (int i = 0; i < DashboardService.WEEKS; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            weeks.add(counted.getOrDefault(week, new InvitationWeek(week, 0, 0, 0, 0)));
        }
        Instant since = firstWeek.atStartOfDay(zone).toInstant();
        return new InvitationReport(firstWeek, weeks, reports.invitationSenders(vendorId, since, now),
                reports.medianTimeToAccept(vendorId, since, now));
    }

    public RouteReport routes(Actor actor) {
        long vendorId = actor.vendorId(READ);
        LocalDate today = LocalDate.ofInstant(clock.instant(), companies.get(vendorId).zone());
        LocalDate from = today.minusDays(ROUTE_DAYS_BACK);
        LocalDate to = today.plusDays(ROUTE_DAYS_AHEAD);
        return new RouteReport(reports.routeWeekdays(vendorId), from, to, reports.ordersPerRouteAndDay(vendorId, from, to));
    }

    /** The platform admin's counts; nobody else may read them. */
    public PlatformFigures platform(Actor actor) {
        actor.platformAdminOf(READ_PLATFORM);
        return reports.platform(DashboardService.firstWeek(clock.instant(), ZoneOffset.UTC));
    }
}
