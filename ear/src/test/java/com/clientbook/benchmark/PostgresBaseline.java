package com.clientbook.benchmark;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own figures on the same machine and database, printed beside the HTTP ones so that a reader can tell
 * what the application adds to what the database costs anyway: {@code pgbench} (one client, one statement at a time,
 * each transaction's latency logged) for a round trip that does nothing ({@code select 1}) and for a customer read by
 * primary key with its company; and {@code COPY … TO STDOUT} of the 500-stop route's stops with their location,
 * company and relationship (the rows of the day sheet, without the application). Each as median and p95 (nearest rank),
 * as the HTTP rows.
 */
final class PostgresBaseline {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int repetitions;

    PostgresBaseline(String jdbcUrl, String user, String password, int repetitions) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.repetitions = repetitions;
    }

    /** Prints the baseline rows, in the HTTP table's columns; {@code routeId} is the route whose stops COPY reads. */
    void print(long routeId) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            System.out.printf("%nPostgreSQL's own baseline (%s, same database; %s)%n", version(statement), jdbcUrl);
            long[] ids = vendorRelationshipIds(statement);
            row("pgbench, 1 client: select 1 (a round trip that does nothing)", pgbench("select 1;\n"));
            row("pgbench, 1 client: a customer (relationship and company) by primary key",
                    pgbench("\\set id random(" + ids[0] + ", " + ids[1] + ")\n"
                            + "select * from customer_relationship r join company c on c.id = r.customer_id where r.id = :id;\n"));
            row("COPY TO STDOUT: the 500-stop route's stops with location, company, relationship", copy(connection, routeId));
        }
    }

    /**
     * pgbench's select-only load with {@code clients} clients for {@code seconds}: a customer (relationship and
     * company) by primary key, of the vendor with the most customers; transactions a second. The figure the API's
     * throughput rows are divided by (issue 19).
     */
    double selectOnlyPerSecond(int clients, int seconds) throws Exception {
        long[] ids;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            ids = vendorRelationshipIds(statement);
        }
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        Path directory = Files.createTempDirectory("pgbench");
        Path file = directory.resolve("select-only.sql");
        Files.writeString(file, "\\set id random(" + ids[0] + ", " + ids[1] + ")\n"
                + "select * from customer_relationship r join company c on c.id = r.customer_id where r.id = :id;\n",
                StandardCharsets.UTF_8);
        // the script is the select-only transaction (pgbench's own -S reads tables of its own, not in this database)
        String output = run(directory, List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j", "2", "-h", url.group(1),
                "-p", url.group(2) == null ? "5432" : url.group(2), "-U", user, "-f", file.toString()),
                "-T", String.valueOf(seconds));
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String version(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1);
        }
    }

    /** The smallest and largest relationship id of the vendor with the most customers (the measured one). */
    private static long[] vendorRelationshipIds(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("select min(id), max(id) from customer_relationship where vendor_id ="
                + " (select vendor_id from customer_relationship group by vendor_id order by count(*) desc limit 1)")) {
            result.next();
            return new long[]{result.getLong(1), result.getLong(2)};
        }
    }

    private double[] copy(Connection connection, long routeId) throws SQLException, IOException {
        String sql = "copy (select s.position, c.name, r.customer_number, l.street, l.postal_code, l.city, l.delivery_instructions,"
                + " c.phone from route_stop s join route rt on rt.id = s.route_id"
                + " join delivery_location l on l.id = s.delivery_location_id join company c on c.id = l.company_id"
                + " left join customer_relationship r on r.vendor_id = rt.vendor_id and r.customer_id = l.company_id"
                + " where s.route_id = " + routeId + " order by s.position) to stdout";
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (int i = 0; i < repetitions; i++) {
            copy.copyOut(sql, OutputStream.nullOutputStream());
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            copy.copyOut(sql, OutputStream.nullOutputStream());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /** Runs the script with pgbench, one client, warm-up then {@code repetitions} logged transactions; their latencies. */
    private double[] pgbench(String script) throws IOException, InterruptedException {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        Path directory = Files.createTempDirectory("pgbench");
        Path file = directory.resolve("script.sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> command = List.of("pgbench", "-n", "-c", "1", "-h", url.group(1), "-p",
                url.group(2) == null ? "5432" : url.group(2), "-U", user, "-f", file.toString());
        run(directory, command, "-t", String.valueOf(repetitions));
        run(directory, command, "-t", String.valueOf(repetitions), "-l", "--log-prefix=" + directory.resolve("log"));
        List<Double> millis = new ArrayList<>();
        try (Stream<Path> logs = Files.list(directory)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    // client_id transaction_no time(µs) script_no time_epoch time_us
                    millis.add(Long.parseLong(line.split(" ")[2]) / 1000.0);
                }
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Runs pgbench with these options on the database; its output. */
    private String run(Path directory, List<String> command, String... more) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        all.add(JDBC_URL.matcher(jdbcUrl).replaceAll("$3"));
        ProcessBuilder builder = new ProcessBuilder(all).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        return output;
    }

    private static void row(String what, double[] millis) {
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-68s %10.2f %10.2f%n", what, percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * fraction) - 1)];
    }
}
