package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.DayOfWeek;

/** One delivery weekday of one of the vendor's active routes: its stops and the customers they belong to. */
public record RouteWeekday(long routeId, String code, String name, DayOfWeek weekday, long stops, long customers)
        implements Serializable {
}
