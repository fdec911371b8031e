package com.clientbook.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The one way the pages write a moment or a day: in the page's language ({@link Messages#locale()}), on the server's
 * clock, "9 Dec 2026, 10:30" / "09.12.2026, 10:30", empty for none. Backing beans that show dates use it instead of
 * a formatter of their own; a page may ask it directly ({@code #{dateTimes.dateTime(…)}}).
 */
@Named
@RequestScoped
public class DateTimes {

    @Inject
    Messages messages;

    /** Day and time to the minute. */
    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** Day and time to the minute on a given clock (a vendor's deadline in the vendor's zone). */
    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone).format(instant);
    }

    /** A wall-clock day and time (already on the clock it is meant for). */
    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).format(dateTime);
    }

    /** Day and time to the second (webhook deliveries, seconds apart). */
    public String dateTimeWithSeconds(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM));
    }

    /** The day of a moment. */
    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** The day of a moment on a given clock. */
    public String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(zone).format(instant);
    }

    /** A day with its weekday, in full: "Thursday, 10 December 2026" (delivery days). */
    public String fullDate(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale()).format(day);
    }

    /** A day. */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day);
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? "" : formatter.withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(instant);
    }
}
