package com.clientbook.persistence.customer;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of the customer list on a relationship, written once in SQL, so that the list and the dashboard's
 * one count statement ask the same thing (issue 16: every dashboard figure is the count of the list it links to).
 * In the text, {@code {column}} names a column of {@code customer_relationship} and {@code ?} a value, in order. The
 * list's JPQL embeds it with EclipseLink's {@code SQL()} (each column as the entity's attribute);
 * {@link CustomerRepository#count(long, Map)} puts it into a {@code count(*) filter (where …)} over {@code r}.
 * Instants and dates are bound as {@link Timestamp} and {@link Date}, as the native statements bind them.
 *
 * <p>A column of the relationship is named only outside subqueries ({@code {id} in (select …)}, never
 * {@code exists (select … where i.relationship_id = {id})}): EclipseLink writes a statement that reads one table
 * without table aliases, and inside a subquery an unqualified {@code id} is the subquery's own column.
 */
final class ListCondition {

    private static final Pattern PART = Pattern.compile("\\{([a-z_]+)}|\\?");

    /** The relationship's columns a condition may name, with the entity's attribute for each. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "id", "r.id",
            "customer_id", "r.customerId",
            "first_order_at", "r.firstOrderAt",
            "customer_number", "r.customerNumber",
            "banned_at", "r.bannedAt",
            "banned_until", "r.bannedUntil",
            "route_stops", "r.routeStops",
            "delivery_days", "r.deliveryDays",
            "created_at", "r.createdAt");

    private final String sql;
    private final List<Object> values;

    ListCondition(String sql, Object... values) {
        if (sql.contains("'")) {
            // the text becomes a JPQL string literal in SQL(); values are bound, never written in
            throw new IllegalArgumentException("A list condition binds its values and quotes nothing: " + sql);
        }
        Matcher parts = PART.matcher(sql);
        int placeholders = 0;
        while (parts.find()) {
            if (parts.group(1) == null) {
                placeholders++;
            } else if (!ATTRIBUTES.containsKey(parts.group(1))) {
                throw new IllegalArgumentException("Not a column a list condition may name: " + parts.group(1));
            }
        }
        int subquery = sql.indexOf("select");
        if (subquery >= 0 && sql.indexOf('{', subquery) >= 0) {
            throw new IllegalArgumentException("A list condition names the relationship's columns outside subqueries: " + sql);
        }
        if (placeholders != values.length) {
            throw new IllegalArgumentException(placeholders + " placeholders for " + values.length + " values: " + sql);
        }
        this.sql = sql;
        this.values = Arrays.stream(values).map(ListCondition::bindable).toList();
    }

    /** Whether the condition reads a table besides the relationship (a subquery). */
    boolean readsOtherTables() {
        return sql.contains("select");
    }

    /** The opposite condition. */
    ListCondition negated() {
        return new ListCondition("not (" + sql + ")", values.toArray());
    }

    /**
     * As JPQL: {@code sql('…', arguments)}, the columns as the relationship's attributes (over {@code r}), the values
     * added to {@code parameters} under names of their own.
     */
    String jpql(Map<String, Object> parameters) {
        StringBuilder text = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        Matcher parts = PART.matcher(sql);
        int value = 0;
        while (parts.find()) {
            parts.appendReplacement(text, "?");
            if (parts.group(1) != null) {
                arguments.add(ATTRIBUTES.get(parts.group(1)));
            } else {
                String name = "condition" + parameters.size();
                parameters.put(name, values.get(value++));
                arguments.add(":" + name);
            }
        }
        parts.appendTail(text);
        StringBuilder jpql = new StringBuilder("sql('").append(text).append("'");
        arguments.forEach(argument -> jpql.append(", ").append(argument));
        return jpql.append(")").toString();
    }

    /**
     * As SQL over {@code r} (customer_relationship), the values appended to {@code bind}: each is the positional
     * parameter {@code ?n}, n its place in {@code bind} counted from 1.
     */
    String sql(List<Object> bind) {
        StringBuilder text = new StringBuilder();
        Matcher parts = PART.matcher(sql);
        int value = 0;
        while (parts.find()) {
            if (parts.group(1) != null) {
                parts.appendReplacement(text, "r." + parts.group(1));
            } else {
                bind.add(values.get(value++));
                parts.appendReplacement(text, "?" + bind.size());
            }
        }
        parts.appendTail(text);
        return text.toString();
    }

    private static Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        return value;
    }

    @Override
    public String toString() {
        return sql + " " + values;
    }
}
