package com.clientbook.web.route;

import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.web.shared.Messages;
import jakarta.faces.model.SelectItem;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How the route pages say weekdays, deadlines and receiving hours, in the page's language. */
final class RouteWords {

    private RouteWords() {
    }

    /** "Mon, Thu" in week order; "none" where the route has no delivery day. */
    static String weekdays(Messages messages, Collection<DayOfWeek> days) {
        if (days.isEmpty()) {
            return messages.text("routes.noWeekdays");
        }
        return days.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, messages.locale()))
                .collect(Collectors.joining(", "));
    }

    /** "14:00 the day before", "12:00, 3 days before", "10:00 the same day". */
    static String deadline(Messages messages, int daysBefore, LocalTime time) {
        return switch (daysBefore) {
            case 0 -> messages.text("route.deadline.sameDay", time.toString());
            case 1 -> messages.text("route.deadline.dayBefore", time.toString());
            default -> messages.text("route.deadline.daysBefore", time.toString(), String.valueOf(daysBefore));
        };
    }

    /** "06:00–10:00, 14:00–16:00" */
    static String windows(List<ReceivingWindow> windows) {
        return windows.stream().map(w -> w.opens() + "–" + w.closes()).collect(Collectors.joining(", "));
    }

    /** Monday to Sunday as choices, named in the page's language. */
    static List<SelectItem> weekdayChoices(Messages messages) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new SelectItem(day.name(), day.getDisplayName(TextStyle.FULL, messages.locale()))).toList();
    }

    /** 0 to 14 days before, as the deadline's choices. */
    static List<SelectItem> daysBeforeChoices(Messages messages) {
        return IntStream.rangeClosed(0, 14).mapToObj(days -> new SelectItem(days, switch (days) {
            case 0 -> messages.text("route.deadline.choice.sameDay");
            case 1 -> messages.text("route.deadline.choice.dayBefore");
            default -> messages.text("route.deadline.choice.daysBefore", String.valueOf(days));
        })).toList();
    }
}
