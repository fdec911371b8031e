package com.clientbook.web.report;

import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.PlatformFigures;
import com.clientbook.services.report.ReportService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/report.xhtml}: the platform admin's counts — vendors, customer companies, relationships, sign-ins per
 * week, the e-mail outbox's backlog. Counts only, no company's or person's data. Exports to CSV and Excel.
 */
@Named
@ViewScoped
public class PlatformReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private PlatformFigures figures;

    @PostConstruct
    void init() {
        figures = reports.platform(currentUser.actor());
    }

    public PlatformFigures getFigures() {
        return figures;
    }

    /** The counts as rows of one table, what and how many, so they export as one file. */
    public List<Figure> getCounts() {
        return List.of(new Figure(messages.text("platformReport.vendors"), figures.vendors()),
                new Figure(messages.text("platformReport.suspendedVendors"), figures.suspendedVendors()),
                new Figure(messages.text("platformReport.customerCompanies"), figures.customerCompanies()),
                new Figure(messages.text("platformReport.relationships"), figures.relationships()),
                new Figure(messages.text("platformReport.outboxQueued"), figures.outboxQueued()),
                new Figure(messages.text("platformReport.outboxRetrying"), figures.outboxRetrying()),
                new Figure(messages.text("platformReport.outboxGaveUp"), figures.outboxGaveUp()));
    }

    public String getSignInChart() {
        return ChartJson.bars(ReportDates.weekLabels(figures.signInsPerWeek().stream().map(DayCount::day).toList(), messages),
                List.of(new ChartJson.Series(messages.text("platformReport.signIns"), ChartJson.counts(figures.signInsPerWeek()))),
                false);
    }

    public List<DayCount> getSignInsPerWeek() {
        return figures.signInsPerWeek();
    }

    public String week(LocalDate monday) {
        return ReportDates.day(monday, messages);
    }

    public String getFileName() {
        return "platform-" + LocalDate.now();
    }

    /** One count of the report. */
    public record Figure(String what, long count) implements Serializable {
    }
}
