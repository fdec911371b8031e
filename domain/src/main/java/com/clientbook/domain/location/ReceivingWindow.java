package com.clientbook.domain.location;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** A time on one weekday in which a delivery location takes goods, e.g. Monday 06:00–10:00. */
@Embeddable
public class ReceivingWindow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** By weekday, then by opening time: how the hours are shown and stored. */
    public static final Comparator<ReceivingWindow> IN_WEEK_ORDER =
            Comparator.comparing(ReceivingWindow::day).thenComparing(ReceivingWindow::opens);

    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "opens", nullable = false)
    private LocalTime opens;

    @Column(name = "closes", nullable = false)
    private LocalTime closes;

    protected ReceivingWindow() {
        // for JPA
    }

    public ReceivingWindow(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = Objects.requireNonNull(day);
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("A receiving window closes after it opens: " + this);
        }
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public boolean overlaps(ReceivingWindow other) {
        return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivingWindow other && day == other.day && opens.equals(other.opens) && closes.equals(other.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }

    @Override
    public String toString() {
        return day + " " + opens + "-" + closes;
    }
}
