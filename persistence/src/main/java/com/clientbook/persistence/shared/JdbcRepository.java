package com.clientbook.persistence.shared;

import jakarta.persistence.EntityManager;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A repository that speaks plain SQL on the JDBC connection of the current JPA transaction, so its statements commit
 * or roll back with everything else the transaction does. For the set-based statements of the bulk paths, which take
 * one PostgreSQL array per column and {@code unnest} them: a batch of thousands of rows is a handful of round trips.
 */
public abstract class JdbcRepository extends Repository {

    protected JdbcRepository() {
    }

    protected JdbcRepository(EntityManager entityManager) {
        super(entityManager);
    }

    @FunctionalInterface
    protected interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    protected interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The connection of the current transaction; there must be one, or the statements would not commit with it. */
    private Connection connection() {
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("Plain SQL statements need a transaction");
        }
        return connection;
    }

    protected <T> T sql(Work<T> work) {
        try {
            return work.on(connection());
        } catch (SQLException e) {
            throw new JdbcStatementException(e);
        }
    }

    protected int update(String statement, Object... parameters) {
        return sql(c -> execute(c, statement, parameters));
    }

    protected static int execute(Connection c, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, statement, parameters)) {
            return s.executeUpdate();
        }
    }

    protected static PreparedStatement prepare(Connection c, String statement, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    protected static <T> List<T> list(Connection c, String statement, Reader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, statement, parameters); ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(reader.read(r));
            }
            return rows;
        }
    }

    protected static <T> Optional<T> optional(Connection c, String statement, Reader<T> reader, Object... parameters)
            throws SQLException {
        return list(c, statement, reader, parameters).stream().findFirst();
    }

    protected static <T> T single(Connection c, String statement, Reader<T> reader, Object... parameters) throws SQLException {
        return list(c, statement, reader, parameters).get(0);
    }

    protected static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    protected static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    protected static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    protected static Array text(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    protected static <T> Array text(Connection c, List<T> rows, Function<T, String> value) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(value).toArray());
    }

    protected static <T> Array longs(Connection c, List<T> rows, Function<T, Long> value) throws SQLException {
        return c.createArrayOf("int8", rows.stream().map(value).toArray());
    }

    /** A PostgreSQL array literal of text elements, every element quoted (a null cell becomes an empty one). */
    protected static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"');
            String text = value == null ? "" : value;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    /** A value in COPY's text format: {@code \N} for null; backslash, tab, line feed and carriage return escaped. */
    protected static void copyValue(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
    }
}
