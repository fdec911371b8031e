package com.clientbook.persistence.shared;

import java.sql.SQLException;

/**
 * The database refused a plain-SQL statement (the bulk paths of {@link JdbcRepository}); carries PostgreSQL's SQL state
 * (e.g. 23505 for a unique index).
 */
public class JdbcStatementException extends RuntimeException {

    public JdbcStatementException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }

    /** Whether the unique index of that name refused the statement. */
    public boolean violates(String index) {
        return "23505".equals(sqlState()) && getMessage() != null && getMessage().contains(index);
    }
}
