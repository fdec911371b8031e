package com.clientbook.services.imports;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.delivery.DeliverySchedule;
import com.clientbook.domain.delivery.OrderDeadline;
import com.clientbook.domain.location.DeliveryLocation;
import com.clientbook.domain.route.Route;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.imports.ScheduleColumns.Column;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a schedule file (issue 14), its values read and what is wrong with the row taken alone. A row names a
 * customer by number and, optionally, one of its delivery locations by external id; it gives the location's own
 * delivery schedule (delivery days, deadline, recurrence, enabled), a route to put the location on, or both. Several
 * rows for one location give one schedule together ({@link SchedulePlanner}): each its delivery days, the rest alike.
 *
 * @param schedule        whether the row says anything of the schedule (a delivery day, deadline, start, interval or
 *                        the enabled switch); a row with only a route code leaves the schedule as it is
 * @param deadlineDays    the days before each delivery the deadline falls, or {@code null} when given as a weekday
 * @param deadlineWeekday the weekday of the deadline ("Friday for Monday"), or {@code null}
 * @param startDate       {@code null}: the stored schedule's start, else the day of the import
 */
public record ScheduleRow(int rowNumber, List<String> original, String customerNumber, String locationExternalId,
                          boolean schedule, Set<DayOfWeek> weekdays, boolean enabled, Integer deadlineDays,
                          DayOfWeek deadlineWeekday, LocalTime deadlineTime, LocalDate startDate, int everyWeeks,
                          String routeCode, String errorColumns, String error) {

    private static final Pattern LIST = Pattern.compile("[,;/|+&\\s]+|\\bund\\b|\\band\\b");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?(?::00)?\\s*(?:h|uhr)?");
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "j", "wahr", "on");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "nein", "falsch", "off", "-");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uu").withResolverStyle(ResolverStyle.STRICT));

    public static ScheduleRow of(int rowNumber, List<String> values, ScheduleColumns columns) {
        RowErrors errors = new RowErrors();
        Checker check = (column, key, arguments) -> errors.fail(column.title(), column.name(), key, arguments);
        String number = CustomerRelationship.normalizeCustomerNumber(columns.value(values, Column.CUSTOMER_NUMBER));
        if (number == null) {
            check.fail(Column.CUSTOMER_NUMBER, "import.row.missing");
        } else if (number.length() > CustomerRelationship.CUSTOMER_NUMBER_MAX) {
            check.fail(Column.CUSTOMER_NUMBER, "import.row.tooLong", CustomerRelationship.CUSTOMER_NUMBER_MAX);
        }
        String location = Text.trimToNull(columns.value(values, Column.LOCATION_EXTERNAL_ID));
        if (location != null && location.length() > DeliveryLocation.EXTERNAL_ID_MAX) {
            check.fail(Column.LOCATION_EXTERNAL_ID, "import.row.tooLong", DeliveryLocation.EXTERNAL_ID_MAX);
        }
        String routeCode = Text.trimToNull(columns.value(values, Column.ROUTE_CODE));
        if (routeCode != null && routeCode.length() > Route.CODE_MAX) {
            check.fail(Column.ROUTE_CODE, "import.row.tooLong", Route.CODE_MAX);
        }

        String dayText = Text.trimToNull(columns.value(values, Column.DELIVERY_DAY));
        String enabledText = Text.trimToNull(columns.value(values, Column.ENABLED));
        String deadlineDayText = Text.trimToNull(columns.value(values, Column.DEADLINE_DAY));
        String deadlineTimeText = Text.trimToNull(columns.value(values, Column.DEADLINE_TIME));
        String startText = Text.trimToNull(columns.value(values, Column.START_DATE));
        String everyText = Text.trimToNull(columns.value(values, Column.EVERY_WEEKS));
        boolean schedule = dayText != null || enabledText != null || deadlineDayText != null || deadlineTimeText != null
                || startText != null || everyText != null;

        boolean enabled = true;
        if (enabledText != null) {
            Boolean flag = yesNo(enabledText);
            if (flag == null) {
                check.fail(Column.ENABLED, "import.schedule.notYesNo", enabledText);
            } else {
                enabled = flag;
            }
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        if (dayText != null) {
            for (String token : LIST.split(dayText.toLowerCase(Locale.ROOT))) {
                if (token.isEmpty()) {
                    continue;
                }
                DayOfWeek day = weekday(token);
                if (day == null) {
                    check.fail(Column.DELIVERY_DAY, "import.schedule.notWeekday", token);
                    break;
                }
                weekdays.add(day);
            }
        } else if (schedule && enabled) {
            check.fail(Column.DELIVERY_DAY, "import.row.missing");
        }
        Integer deadlineDays = null;
        DayOfWeek deadlineWeekday = null;
        if (deadlineDayText != null) {
            deadlineWeekday = weekday(deadlineDayText);
            if (deadlineWeekday == null) {
                try {
                    deadlineDays = Integer.valueOf(deadlineDayText);
                } catch (NumberFormatException e) {
                    deadlineDays = -1;
                }
                if (deadlineDays < 0 || deadlineDays > OrderDeadline.DAYS_BEFORE_MAX) {
                    check.fail(Column.DEADLINE_DAY, "import.schedule.notDeadlineDay", deadlineDayText, OrderDeadline.DAYS_BEFORE_MAX);
                    deadlineDays = null;
                }
            }
        } else if (schedule) {
            check.fail(Column.DEADLINE_DAY, "import.row.missing");
        }
        LocalTime deadlineTime = null;
        if (deadlineTimeText != null) {
            deadlineTime = time(deadlineTimeText);
            if (deadlineTime == null) {
                check.fail(Column.DEADLINE_TIME, "import.schedule.notTime", deadlineTimeText);
            }
        } else if (schedule) {
            check.fail(Column.DEADLINE_TIME, "import.row.missing");
        }
        LocalDate startDate = null;
        if (startText != null) {
            startDate = date(startText);
            if (startDate == null) {
                check.fail(Column.START_DATE, "import.schedule.notDate", startText);
            }
        }
        int everyWeeks = 1;
        if (everyText != null) {
            try {
                everyWeeks = Integer.parseInt(everyText);
            } catch (NumberFormatException e) {
                everyWeeks = 0;
            }
            if (everyWeeks < 1 || everyWeeks > DeliverySchedule.EVERY_WEEKS_MAX) {
                check.fail(Column.EVERY_WEEKS, "import.schedule.notInterval", everyText, DeliverySchedule.EVERY_WEEKS_MAX);
                everyWeeks = 1;
            }
        }
        if (!schedule && routeCode == null && number != null) {
            errors.add(Column.DELIVERY_DAY.title() + ", " + Column.ROUTE_CODE.title(), ImportMessage.of("import.schedule.nothing"));
        }
        return new ScheduleRow(rowNumber, values, number, location, schedule, weekdays, enabled, deadlineDays,
                deadlineWeekday, deadlineTime, startDate, everyWeeks, routeCode,
                errors.columns(), errors.message());
    }

    /** "yes"/"no", "ja"/"nein", "true"/"false", "1"/"0", "x"/"-" in any case; {@code null} for anything else. */
    static Boolean yesNo(String text) {
        String flag = text.strip().toLowerCase(Locale.ROOT);
        return YES.contains(flag) ? Boolean.TRUE : NO.contains(flag) ? Boolean.FALSE : null;
    }

    public boolean valid() {
        return error == null;
    }

    /** The days before a delivery on {@code day} the deadline falls: given, or from the deadline's weekday. */
    int deadlineDaysBefore(DayOfWeek day) {
        if (deadlineDays != null) {
            return deadlineDays;
        }
        return Math.floorMod(day.getValue() - deadlineWeekday.getValue(), 7);
    }

    /** What rows for one location must agree on: everything of the schedule but its delivery days. */
    String settingsKey() {
        return enabled + "|" + deadlineDays + "|" + deadlineWeekday + "|" + deadlineTime + "|" + startDate + "|" + everyWeeks;
    }

    /** "Monday", "Mon", "Mo", "Montag": English and German names, in any case; never numbers (is 1 Sunday or Monday?). */
    static DayOfWeek weekday(String text) {
        return WEEKDAYS.get(text.strip().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    names.put(day.getDisplayName(style, locale).toLowerCase(Locale.ROOT).replace(".", ""), day);
                }
                names.put(day.getDisplayName(TextStyle.FULL, locale).substring(0, 2).toLowerCase(Locale.ROOT), day);
            }
        }
        names.put("sonnabend", DayOfWeek.SATURDAY);
        names.put("tues", DayOfWeek.TUESDAY);
        names.put("thur", DayOfWeek.THURSDAY);
        names.put("thurs", DayOfWeek.THURSDAY);
        return Map.copyOf(names);
    }

    /** "14:00", "14.00", "14", "9:30", "14 Uhr"; seconds of zero are allowed, as Excel writes times. */
    static LocalTime time(String text) {
        Matcher matcher = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    /** "2027-01-05", "5.1.2027", "05.01.27". */
    static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeException e) {
                // the next form
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface Checker {
        void fail(Column column, String key, Object... arguments);
    }
}
