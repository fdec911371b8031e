package com.clientbook.persistence.route;

import com.clientbook.domain.route.Route;

/** A route of a list, with how many stops it has (counted by the list's statement, not by loading the stops). */
public record RouteCount(Route route, long stops) {
}
