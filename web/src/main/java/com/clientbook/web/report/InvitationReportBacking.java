package com.clientbook.web.report;

import com.clientbook.domain.report.InvitationWeek;
import com.clientbook.services.report.InvitationReport;
import com.clientbook.services.report.ReportService;
import com.clientbook.web.customer.ExportCells;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /vendor/reports/invitations.xhtml}: invitations sent, accepted, expired and revoked per week (12 weeks) and
 * per person who sent them, with the median time to accept. Both tables export to CSV and Excel.
 */
@Named
@ViewScoped
public class InvitationReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private InvitationReport report;

    @PostConstruct
    void init() {
        report = reports.invitations(currentUser.actor());
    }

    public InvitationReport getReport() {
        return report;
    }

    public List<InvitationWeek> getWeeks() {
        return report.weeks();
    }

    public String getChart() {
        List<InvitationWeek> weeks = report.weeks();
        return ChartJson.bars(ReportDates.weekLabels(weeks.stream().map(InvitationWeek::week).toList(), messages), List.of(
                new ChartJson.Series(messages.text("dashboard.invitationsSent"), weeks.stream().map(InvitationWeek::sent).toList()),
                new ChartJson.Series(messages.text("dashboard.invitationsAccepted"), weeks.stream().map(InvitationWeek::accepted).toList())),
                false);
    }

    /** A week as its Monday, in the page's language. */
    public String week(LocalDate monday) {
        return ReportDates.day(monday, messages);
    }

    /** The median time to accept, or that no invitation of these weeks was accepted. */
    public String getMedianText() {
        Duration median = report.medianToAccept();
        return median == null ? messages.text("invitationReport.noneAccepted") : duration(median);
    }

    /** "2 d 3 h", "5 h 10 min" or "12 min"; empty for none. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return messages.text("invitationReport.daysHours", days, hours);
        }
        if (hours > 0) {
            return messages.text("invitationReport.hoursMinutes", hours, minutes);
        }
        return messages.text("invitationReport.minutes", minutes);
    }

    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    public String getFileName() {
        return "invitations-" + report.firstWeek();
    }
}
