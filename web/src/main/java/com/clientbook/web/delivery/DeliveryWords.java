package com.clientbook.web.delivery;

import com.clientbook.services.delivery.PlannedDelivery;
import com.clientbook.services.delivery.RouteChoice;
import com.clientbook.services.delivery.ScheduleSettings;
import com.clientbook.web.shared.Messages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Delivery days, deadlines and schedules in the page's language: "Thu, 7 Jan 2027", "14:00 the day before". Times of
 * day are on the 24-hour clock in every language, as the schedule dialog asks for them.
 */
final class DeliveryWords {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Locale locale;

    DeliveryWords(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
    }

    /** "Thu, 7 Jan 2027". */
    String day(LocalDate date) {
        return date == null ? "" : weekday(date.getDayOfWeek()) + ", "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** "Wed, 6 Jan 2027, 14:00". */
    String dateTime(LocalDateTime time) {
        return time == null ? "" : day(time.toLocalDate()) + ", " + CLOCK.format(time.toLocalTime());
    }

    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    String weekdays(Collection<DayOfWeek> days) {
        return days.isEmpty() ? messages.text("delivery.noWeekday")
                : days.stream().sorted().map(this::weekday).collect(Collectors.joining(", "));
    }

    /** "14:00 the day before", "12:00, 3 days before", "06:00 on the day". */
    String deadline(int daysBefore, LocalTime time) {
        String clock = CLOCK.format(time);
        return switch (daysBefore) {
            case 0 -> messages.text("delivery.deadline.sameDay", clock);
            case 1 -> messages.text("delivery.deadline.dayBefore", clock);
            default -> messages.text("delivery.deadline.daysBefore", clock, String.valueOf(daysBefore));
        };
    }

    /** "Tue, every 2 weeks from Tue, 5 Jan 2027; order by 14:00 the day before", or that it is paused. */
    String schedule(ScheduleSettings settings) {
        if (!settings.enabled()) {
            return messages.text("delivery.schedule.paused");
        }
        String rhythm = settings.everyWeeks() == 1 ? messages.text("delivery.schedule.weekly")
                : messages.text("delivery.schedule.everyWeeks", String.valueOf(settings.everyWeeks()));
        return messages.text("delivery.schedule.own", weekdays(settings.weekdays()), rhythm, day(settings.startDate()),
                deadline(settings.deadlineDaysBefore(), settings.deadlineTime()));
    }

    /** "North (N1): Mon, Thu; order by 14:00 the day before". */
    String route(RouteChoice route) {
        return messages.text(route.active() ? "delivery.route" : "delivery.routeInactive", route.name(), route.code(),
                weekdays(route.weekdays()), deadline(route.deadlineDaysBefore(), route.deadlineTime()));
    }

    /** "Moved from Fri, 25 Dec 2026: Christmas Day", or empty. */
    String moved(PlannedDelivery delivery) {
        return delivery.moved() ? messages.text("delivery.movedFrom", day(delivery.movedFrom()), delivery.movedBecause()) : "";
    }
}
