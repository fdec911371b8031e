package com.clientbook.services.report;

import com.clientbook.domain.report.RouteDay;
import com.clientbook.domain.report.RouteWeekday;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The routes report: stops and customers per route and weekday; orders per route and delivery day from/to. */
public record RouteReport(List<RouteWeekday> weekdays, LocalDate from, LocalDate to, List<RouteDay> orders)
        implements Serializable {

    public RouteReport {
        weekdays = List.copyOf(weekdays);
        orders = List.copyOf(orders);
    }
}
