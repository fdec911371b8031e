package com.clientbook.web.route;

import com.clientbook.services.route.RouteInput;
import com.clientbook.services.route.RouteView;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A route as typed on the pages: the new-route dialog and the route's own form. The deadline's time is typed as
 * "14:00"; one that cannot be read stays as typed and is named at its field.
 */
public class RouteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String code;
    private List<String> weekdays = new ArrayList<>();
    private Integer daysBefore = 1;
    private String time = "14:00";
    private String driverNote;
    private boolean active = true;

    static RouteForm of(RouteView route) {
        RouteForm form = new RouteForm();
        form.name = route.name();
        form.code = route.code();
        form.weekdays = new ArrayList<>(route.deliveryWeekdays().stream().sorted().map(DayOfWeek::name).toList());
        form.daysBefore = route.deadlineDaysBefore();
        form.time = route.deadlineTime().toString();
        form.driverNote = route.driverNote();
        form.active = route.active();
        return form;
    }

    /** The typed time, or {@code null} where it is not one ("25:00", "2pm"). */
    LocalTime parsedTime() {
        String typed = time == null ? "" : time.strip();
        if (typed.matches("\\d:\\d\\d")) {
            typed = "0" + typed;
        }
        try {
            return typed.isEmpty() ? null : LocalTime.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean timeUnreadable() {
        return time != null && !time.isBlank() && parsedTime() == null;
    }

    RouteInput toInput() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
        return new RouteInput(name, code, days, daysBefore, parsedTime(), driverNote, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public void setDaysBefore(Integer daysBefore) {
        this.daysBefore = daysBefore;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getDriverNote() {
        return driverNote;
    }

    public void setDriverNote(String driverNote) {
        this.driverNote = driverNote;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
