package com.clientbook.web.report;

import com.clientbook.domain.report.ActivityQuery;
import com.clientbook.domain.report.CustomerActivity;
import com.clientbook.services.report.ReportService;
import com.clientbook.web.customer.ExportCells;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * {@code /vendor/reports/activity.xhtml}: per customer its last order, orders and lines of the last 30 and 90 days,
 * days since the last order; "gone quiet" (ordered before, nothing in N days) as a filter. Exports to CSV and Excel.
 */
@Named
@ViewScoped
public class CustomerActivityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private CustomerActivityModel activity;
    private Integer quietDays;
    private LocalDate today;
    private ZoneId zone;

    @PostConstruct
    void init() {
        activity = new CustomerActivityModel(reports, currentUser);
        zone = reports.zone(currentUser.actor());
        today = LocalDate.ofInstant(reports.now(), zone);
    }

    public CustomerActivityModel getActivity() {
        return activity;
    }

    /** The "gone quiet" filter: at least 1 and at most {@link ActivityQuery#MAX_QUIET_DAYS} days; empty for all. */
    public Integer getQuietDays() {
        return quietDays;
    }

    public void setQuietDays(Integer quietDays) {
        this.quietDays = quietDays;
    }

    public int getMaxQuietDays() {
        return ActivityQuery.MAX_QUIET_DAYS;
    }

    /** Applies the filter the form holds (validated at its field first). */
    public void apply() {
        activity.setQuietDays(quietDays);
    }

    /** Days from the last order's day to today (the vendor's days); empty for a customer that never ordered. */
    public String daysSince(CustomerActivity row) {
        if (row.lastOrderAt() == null) {
            return "";
        }
        return String.valueOf(ChronoUnit.DAYS.between(LocalDate.ofInstant(row.lastOrderAt(), zone), today));
    }

    /** The last order's date in the page's language; empty when none. */
    public String day(Instant instant) {
        return dateTimes.date(instant, zone);
    }

    /** An exported cell, neutralised like the customer export's. */
    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    public String getFileName() {
        return "customer-activity-" + today;
    }
}
