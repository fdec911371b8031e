package com.clientbook.services.report;

import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.FunnelMoves;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard's arithmetic: weeks and days filled with zeros, this week against last on the same weekdays. */
class DashboardTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void twelveWeeksEndWithTheOneHoldingNowInTheVendorsZone() {
        // Sunday 23:30 UTC is already Monday in Vienna
        assertEquals(LocalDate.parse("2026-09-21"), DashboardService.firstWeek(Instant.parse("2026-12-09T10:00:00Z"), ZoneId.of("UTC")));
        assertEquals(LocalDate.parse("2026-09-21"), DashboardService.firstWeek(Instant.parse("2026-12-06T23:30:00Z"), ZoneId.of("Europe/Vienna")));
        assertEquals(LocalDate.parse("2026-09-14"), DashboardService.firstWeek(Instant.parse("2026-12-06T23:30:00Z"), ZoneId.of("UTC")));
    }

    @Test
    void weeksAndDaysWithoutCountsAreZero() {
        List<DayCount> weeks = DashboardService.weekly(List.of(new DayCount(MONDAY, 4)), MONDAY.minusWeeks(11));
        assertEquals(12, weeks.size());
        assertEquals(4, weeks.get(11).count());
        assertEquals(0, weeks.get(0).count());
        List<DayCount> days = DashboardService.daily(List.of(new DayCount(MONDAY.plusDays(1), 2)), MONDAY, MONDAY.plusDays(2));
        assertEquals(List.of(0L, 2L, 0L), days.stream().map(DayCount::count).toList());
    }

    @Test
    void thisWeekSoFarIsComparedWithLastWeeksSameDays() {
        Dashboard dashboard = dashboard(List.of(1L, 2L, 0L), List.of(1L, 0L, 0L, 9L, 9L, 9L, 9L));
        assertEquals(3, dashboard.ordersThisWeekSoFar());
        assertEquals(1, dashboard.ordersLastWeekSameDays(), "Thursday to Sunday of last week are not compared");
        assertEquals(2, dashboard.ordersDifference());
        assertEquals(1, dashboard.ordersTrend());
        assertEquals(-1, dashboard(List.of(0L), List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L)).ordersTrend());
        assertEquals(0, dashboard(List.of(1L), List.of(1L, 5L, 0L, 0L, 0L, 0L, 0L)).ordersTrend());
    }

    private static Dashboard dashboard(List<Long> thisWeek, List<Long> lastWeek) {
        FunnelMoves none = new FunnelMoves(java.time.Instant.EPOCH, 0, 0, 0, 0, 0, 0);
        return new Dashboard(MONDAY, new com.clientbook.services.vendor.Funnel(Map.of(), 0, 0, 0), none, none, null,
                List.of(), List.of(), List.of(), days(thisWeek, MONDAY), days(lastWeek, MONDAY.minusWeeks(1)), List.of(), List.of());
    }

    private static List<DayCount> days(List<Long> counts, LocalDate first) {
        return java.util.stream.IntStream.range(0, counts.size()).mapToObj(i -> new DayCount(first.plusDays(i), counts.get(i))).toList();
    }
}
