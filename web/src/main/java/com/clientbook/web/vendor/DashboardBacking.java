package com.clientbook.web.vendor;

import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.FunnelMoves;
import com.clientbook.domain.report.RankedItem;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.report.Dashboard;
import com.clientbook.services.report.DashboardService;
import com.clientbook.services.vendor.Funnel;
import com.clientbook.web.report.ChartJson;
import com.clientbook.web.report.ReportDates;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /vendor/dashboard.xhtml}: the vendor's customers counted per funnel status, as a table (with the conversion
 * from the step before and the moves of the last 7 and 30 days) and as one bar chart (PrimeFaces' {@code p:chart},
 * which takes Chart.js's configuration as JSON); what needs attention, each count a link to its list; the charts of
 * new customers and invitations per week, orders this week against last, the top 10 products and customers.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Dashboard dashboard;
    private Funnel funnel;

    @PostConstruct
    void init() {
        dashboard = dashboards.dashboard(currentUser.actor());
        funnel = dashboard.funnel();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** The statuses in the funnel's order, each with its label, count, conversion and moves. */
    public List<Step> getSteps() {
        return Arrays.stream(CustomerStatus.values())
                .map(status -> new Step(status.name(), messages.text("customer.status." + status.name()), funnel.count(status),
                        conversion(status), moved(dashboard.last7Days(), status), moved(dashboard.last30Days(), status)))
                .toList();
    }

    /**
     * The share of the customers that reached the step before who reached this one too (or went further): Prospect
     * to Invited, Invited to Registered, Registered to Has ordered, e.g. "40 %"; empty for the first steps and where
     * nobody reached the step before.
     */
    String conversion(CustomerStatus status) {
        List<CustomerStatus> path = List.of(CustomerStatus.PROSPECT, CustomerStatus.INVITED, CustomerStatus.REGISTERED,
                CustomerStatus.HAS_ORDERED);
        int step = path.indexOf(status);
        if (step < 1) {
            return "";
        }
        long before = path.subList(step - 1, path.size()).stream().mapToLong(funnel::count).sum();
        long reached = path.subList(step, path.size()).stream().mapToLong(funnel::count).sum();
        if (before == 0) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        return percent.format((double) reached / before);
    }

    /** The moves into a step: the events that move customers there (see {@link FunnelMoves}). */
    static long moved(FunnelMoves moves, CustomerStatus status) {
        return switch (status) {
            case REQUESTED -> moves.requested();
            case REJECTED -> moves.rejected();
            case PROSPECT -> moves.added();
            case INVITED -> moves.invited();
            case REGISTERED -> moves.registered();
            case HAS_ORDERED -> moves.firstOrders();
        };
    }

    /** New customers per week, 12 weeks to this one. */
    public String getNewCustomersChart() {
        return ChartJson.bars(weekLabels(dashboard.newCustomersPerWeek()),
                List.of(new ChartJson.Series(messages.text("dashboard.newCustomers"), ChartJson.counts(dashboard.newCustomersPerWeek()))),
                false);
    }

    /** Invitations sent and accepted per week, side by side. */
    public String getInvitationsChart() {
        return ChartJson.bars(weekLabels(dashboard.invitationsSentPerWeek()), List.of(
                new ChartJson.Series(messages.text("dashboard.invitationsSent"), ChartJson.counts(dashboard.invitationsSentPerWeek())),
                new ChartJson.Series(messages.text("dashboard.invitationsAccepted"), ChartJson.counts(dashboard.invitationsAcceptedPerWeek()))),
                false);
    }

    /** Orders per weekday: this week (to today) beside last week. */
    public String getOrdersChart() {
        List<String> weekdays = dashboard.ordersLastWeek().stream()
                .map(day -> day.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.locale())).toList();
        return ChartJson.bars(weekdays, List.of(
                new ChartJson.Series(messages.text("dashboard.thisWeek"), ChartJson.counts(dashboard.ordersThisWeek())),
                new ChartJson.Series(messages.text("dashboard.lastWeek"), ChartJson.counts(dashboard.ordersLastWeek()))),
                false);
    }

    /** "+3 ▲", "-2 ▼" or "±0": this week so far against last week's same days. */
    public String getOrdersDifference() {
        long difference = dashboard.ordersDifference();
        return switch (dashboard.ordersTrend()) {
            case 1 -> messages.text("dashboard.trendUp", difference);
            case -1 -> messages.text("dashboard.trendDown", -difference);
            default -> messages.text("dashboard.trendFlat");
        };
    }

    public String getTopProductsChart() {
        return topChart(dashboard.topProducts());
    }

    public String getTopCustomersChart() {
        return topChart(dashboard.topCustomers());
    }

    private String topChart(List<RankedItem> top) {
        return ChartJson.bars(top.stream().map(RankedItem::label).toList(),
                List.of(new ChartJson.Series(messages.text("dashboard.orders"), top.stream().map(RankedItem::orders).toList())),
                true);
    }

    /** A product's quantity in the page's language, without needless decimals. */
    public String quantity(BigDecimal quantity) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(3);
        return format.format(quantity);
    }

    private List<String> weekLabels(List<DayCount> weeks) {
        return ReportDates.weekLabels(weeks.stream().map(DayCount::day).toList(), messages);
    }

    /** The instant the moves of the last 7 days are counted from, for their links ({@code ?since=…}). */
    public String getSince7() {
        return dashboard.last7Days().since().toString();
    }

    /** The instant the moves of the last 30 days are counted from. */
    public String getSince30() {
        return dashboard.last30Days().since().toString();
    }

    public long getBanned() {
        return funnel.banned();
    }

    /** How many customers are on none of the vendor's routes; the list's route filter "none" shows them. */
    public long getOnNoRoute() {
        return funnel.onNoRoute();
    }

    /** How many customers have no delivery days at the vendor; the list's next-delivery filter "none" shows them. */
    public long getWithoutDeliveryDays() {
        return funnel.withoutDeliveryDays();
    }

    /** The bar chart's Chart.js configuration: one bar per status, in the funnel's order. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Step step : getSteps()) {
            labels.add(step.getLabel());
            counts.add(step.getCount());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("dashboard.customers"))
                                .add("data", counts)
                                .add("backgroundColor", "#42a5f5"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** One status of the funnel, for the table beside the chart. */
    public static final class Step {
        private final String status;
        private final String label;
        private final long count;
        private final String conversion;
        private final long moved7;
        private final long moved30;

        Step(String status, String label, long count, String conversion, long moved7, long moved30) {
            this.status = status;
            this.label = label;
            this.count = count;
            this.conversion = conversion;
            this.moved7 = moved7;
            this.moved30 = moved30;
        }

        public String getConversion() {
            return conversion;
        }

        public long getMoved7() {
            return moved7;
        }

        public long getMoved30() {
            return moved30;
        }

        public String getStatus() {
            return status;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }
    }
}
