package com.clientbook.services.report;

import com.clientbook.domain.report.Attention;
import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.FunnelMoves;
import com.clientbook.domain.report.RankedItem;
import com.clientbook.services.vendor.Funnel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor's dashboard: the funnel with the moves of the last 7 and 30 days, what needs attention, and the charts'
 * series: new customers, invitations sent and accepted per week (12 weeks, the last one this week, zeros included),
 * orders per day of this week (Monday to today) and of last week (Monday to Sunday), the top 10 products and customers
 * of the last 30 days. {@code today} is the vendor's day.
 */
public record Dashboard(LocalDate today, Funnel funnel, FunnelMoves last7Days, FunnelMoves last30Days,
                        Attention attention, List<DayCount> newCustomersPerWeek, List<DayCount> invitationsSentPerWeek,
                        List<DayCount> invitationsAcceptedPerWeek, List<DayCount> ordersThisWeek,
                        List<DayCount> ordersLastWeek, List<RankedItem> topProducts, List<RankedItem> topCustomers)
        implements Serializable {

    /** Orders this week so far, up to today. */
    public long ordersThisWeekSoFar() {
        return ordersThisWeek.stream().mapToLong(DayCount::count).sum();
    }

    /** Orders last week on the same weekdays (Monday to today's weekday): what this week so far compares with. */
    public long ordersLastWeekSameDays() {
        return ordersLastWeek.stream().limit(ordersThisWeek.size()).mapToLong(DayCount::count).sum();
    }

    /** This week so far less last week's same days. */
    public long ordersDifference() {
        return ordersThisWeekSoFar() - ordersLastWeekSameDays();
    }

    /** -1, 0 or 1: orders fewer, as many, or more than last week on the same days. */
    public int ordersTrend() {
        return Long.signum(ordersDifference());
    }
}
