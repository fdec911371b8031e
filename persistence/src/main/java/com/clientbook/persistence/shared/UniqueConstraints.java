package com.clientbook.persistence.shared;

import jakarta.persistence.PersistenceException;
import org.postgresql.util.PSQLException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads which unique constraint refused a write. Checks before a write cannot see a concurrent transaction's
 * rows; the constraint can, and its name tells the service which rule to explain to the caller.
 */
public final class UniqueConstraints {

    /** PostgreSQL's SQLSTATE for unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraints() {
    }

    /** The name of the unique constraint or index that refused the write, if that is what happened. */
    public static Optional<String> violatedBy(PersistenceException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // With batch writing the driver's error hides behind a BatchUpdateException, as its next exception.
            for (Throwable error = cause; error instanceof SQLException sql; error = sql.getNextException()) {
                if (error instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())
                        && psql.getServerErrorMessage() != null) {
                    return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
                }
            }
        }
        return Optional.empty();
    }
}
