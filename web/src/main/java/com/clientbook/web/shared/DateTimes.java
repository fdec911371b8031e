package com.clientbook.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The one way the pages write a moment or a day: in the page's language ({@link Messages#locale()}), on the server's
 * clock, "9 Dec 2026, 10:30" / "09.12.2026, 10:30", empty for none. Backing beans that show dates use it instead of
 * a formatter of their own.
 */
@RequestScoped
public class DateTimes {

    @Inject
    Messages messages;

    /** Day and time to the minute. */
    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** Day and time to the second (webhook deliveries, seconds apart). */
    public String dateTimeWithSeconds(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM));
    }

    /** The day of a moment. */
    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** A day. */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day);
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? "" : formatter.withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(instant);
    }
}
