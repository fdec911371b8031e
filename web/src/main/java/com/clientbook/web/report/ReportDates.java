package com.clientbook.web.report;

import com.clientbook.web.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** How the dashboard and the reports write their days: a chart's week labels short ("7 Dec"), a table's day medium. */
public final class ReportDates {

    private ReportDates() {
    }

    /** Each Monday as a chart's label, e.g. "7 Dec" ("7. Dez." in German). */
    public static List<String> weekLabels(List<LocalDate> mondays, Messages messages) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.text("dashboard.weekPattern"), messages.locale());
        return mondays.stream().map(format::format).toList();
    }

    /** A day in a table, e.g. "7 Dec 2026". */
    public static String day(LocalDate day, Messages messages) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day);
    }
}
