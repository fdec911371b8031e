package com.clientbook.web.location;

import com.clientbook.domain.location.ReceivingWindow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Receiving hours as people type them, one field a weekday: "06:00-10:00, 14:00-16:30" (a dash or en dash, "6:00"
 * as well as "06:00"); empty means no deliveries that day.
 */
final class ReceivingHoursText {

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    private ReceivingHoursText() {
    }

    /** The windows of one day; {@link IllegalArgumentException} names the part that is not a window. */
    static List<ReceivingWindow> parse(DayOfWeek day, String text) {
        List<ReceivingWindow> windows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return windows;
        }
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher matcher = WINDOW.matcher(part.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException(part.strip());
            }
            try {
                LocalTime opens = LocalTime.parse(pad(matcher.group(1)));
                LocalTime closes = LocalTime.parse(pad(matcher.group(2)));
                if (!opens.isBefore(closes)) {
                    throw new IllegalArgumentException(part.strip());
                }
                windows.add(new ReceivingWindow(day, opens, closes));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(part.strip(), e);
            }
        }
        windows.sort(ReceivingWindow.IN_WEEK_ORDER);
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i - 1).overlaps(windows.get(i))) {
                throw new IllegalArgumentException(format(List.of(windows.get(i - 1), windows.get(i)), day));
            }
        }
        return windows;
    }

    /** The windows of one day as they are typed, e.g. "06:00-10:00, 14:00-16:30"; empty when there are none. */
    static String format(List<ReceivingWindow> windows, DayOfWeek day) {
        return windows.stream().filter(w -> w.day() == day).sorted(ReceivingWindow.IN_WEEK_ORDER)
                .map(w -> w.opens() + "-" + w.closes()).collect(Collectors.joining(", "));
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
