package com.clientbook.web.route;

import java.io.Serializable;
import java.time.Instant;

/** One line of a route's history as the page keeps it between requests. */
public record RouteHistoryLine(Instant occurredAt, String actor, String action, String field, String oldValue,
                               String newValue) implements Serializable {
}
