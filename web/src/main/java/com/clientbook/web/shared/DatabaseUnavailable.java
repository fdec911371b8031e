package com.clientbook.web.shared;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a failure means "the database cannot be reached right now" rather than a fault of ours: the API then answers
 * 503 with {@code Retry-After} and the pages a short "back in a moment" page, instead of a 500 with an incident, and
 * the application carries on by itself once PostgreSQL answers again (the pool validates a connection it hands out
 * unless it did so in the last 5 seconds, application.xml; a connection from before the outage fails once, here).
 * <p>
 * Seen in the cause chain of such a failure: the connection pool's refusal to allocate a connection
 * ({@link ResourceException}), the driver's connection exceptions (SQLSTATE class 08), PostgreSQL shutting down or
 * starting (57P01–57P03), too many connections (53300), or a database closed to new connections (55000 with
 * "not currently accepting connections", what {@code ALTER DATABASE … ALLOW_CONNECTIONS false} makes).
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    public static boolean among(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = next(cause)) {
            if (cause instanceof ResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return sql.getMessage() != null && sql.getMessage().startsWith("Error in allocating a connection");
        }
        return state.startsWith("08") || UNAVAILABLE_STATES.contains(state)
                || state.equals("55000") && String.valueOf(sql.getMessage()).contains("not currently accepting connections");
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof EJBException ejb && ejb.getCausedByException() != null) {
            return ejb.getCausedByException();
        }
        if (failure instanceof SQLException sql && sql.getNextException() != null && failure.getCause() == null) {
            return sql.getNextException();
        }
        return failure.getCause();
    }
}
