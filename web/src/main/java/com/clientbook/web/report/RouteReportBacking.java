package com.clientbook.web.report;

import com.clientbook.services.report.ReportService;
import com.clientbook.services.report.RouteReport;
import com.clientbook.web.customer.ExportCells;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;

/**
 * {@code /vendor/reports/routes.xhtml}: customers and stops per route and delivery weekday; orders per route and
 * delivery day, from two weeks back to a week ahead. Both tables export to CSV and Excel.
 */
@Named
@ViewScoped
public class RouteReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private RouteReport report;

    @PostConstruct
    void init() {
        report = reports.routes(currentUser.actor());
    }

    public RouteReport getReport() {
        return report;
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, messages.locale());
    }

    public String day(LocalDate day) {
        return ReportDates.day(day, messages);
    }

    /** The route as the order carried it, or "no route". */
    public String route(String code, String name) {
        return code == null ? messages.text("routeReport.noRoute") : code + " – " + name;
    }

    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    public String getFileName() {
        return "routes-" + report.from() + "-" + report.to();
    }
}
