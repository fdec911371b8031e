package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.LocalDate;

/** The orders (cancelled ones left out) for one delivery day on one route, as the orders carry the route. */
public record RouteDay(Long routeId, String code, String name, LocalDate day, long orders) implements Serializable {
}
