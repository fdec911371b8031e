package com.clientbook.services.reconciliation;

import com.clientbook.domain.reconciliation.ErpRow;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.persistence.reconciliation.ReconciliationRepository;
import jakarta.persistence.EntityManager;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Issue 16's reconciliation benchmark: a 100,000-row ERP file against the benchmark vendor's 100,000 customers, timed
 * from the file's bytes to the finished report (reading the CSV as the service does, staging the rows with COPY,
 * every statement of the report, probable matches included, and the report's counts), all in one transaction, as
 * {@link ReconciliationService#start} runs them; PostgreSQL's COPY of the same file into a plain table is the
 * baseline, in the same run. What it leaves out is the EJB call and the HTTP upload around it.
 *
 * <p>The file is made from the vendor's customers (docs/benchmarks.md, "ERP reconciliation"): of the numbered ones,
 * 19 in 20 with their number (1 in 10 of those with another name or e-mail, so the matches differ), the rest left out
 * (numbers the ERP does not know), 1 in 4 of those under another number (one company, two numbers); of the unnumbered ones, 4 in 5 under a new number, half with the same e-mail, half
 * with a typo in the name at the same postal code (probable matches); the rest new customers, 50 numbers twice.
 *
 * <p>Run: {@code mvn -B -Pbenchmark-reconciliation -pl services -am process-test-classes} with
 * {@code -Dbenchmark.db=clientbook_bench} (default), {@code -Dbenchmark.runs=3}, {@code -Dbenchmark.vendor=} (default:
 * the vendor with the most customers). Each run's reconciliation is deleted afterwards.
 */
public final class ReconciliationBenchmark {

    /** The schema the benchmark makes its tables in when the database has none (a benchmark platform migrated before V34). */
    private static final String SCRATCH = "reconciliation_benchmark";

    private ReconciliationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = System.getProperty("benchmark.db", "clientbook_bench");
        int runs = Integer.getInteger("benchmark.runs", 3);
        String url = "jdbc:postgresql://" + System.getProperty("test.db.host", "127.0.0.1") + ":"
                     + System.getProperty("test.db.port", "5432") + "/" + database;
        try (Connection c = DriverManager.getConnection(url, System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""))) {
            boolean scratch = !hasReconciliationTables(c);
            if (scratch) {
                scratchSchema(c);
            }
            try {
                measure(c, database, runs);
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                if (scratch) {
                    try (Statement s = c.createStatement()) {
                        s.execute("drop schema " + SCRATCH + " cascade");
                    }
                }
            }
        }
    }

    private static void measure(Connection c, String database, int runs) throws Exception {
        long vendor = Long.getLong("benchmark.vendor", vendorWithMostCustomers(c));
        byte[] file = erpFile(c, vendor);
        Path saved = Path.of(System.getProperty("java.io.tmpdir"), "reconciliation-erp.csv");
        Files.write(saved, file);
        System.out.printf("Database %s, vendor %d: %d customers; ERP file %s, %.1f MB%n", database, vendor,
                count(c, "select count(*) from customer_relationship where vendor_id = " + vendor), saved,
                file.length / 1e6);
        List<Long> totals = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            totals.add(reconcile(c, vendor, file, run));
            copies.add(copy(c, file));
            System.out.printf("  run %d: reconciliation %d ms, COPY of the file %d ms%n", run, totals.get(run - 1),
                    copies.get(run - 1));
        }
        System.out.printf("Median: reconciliation %d ms, COPY %d ms, ratio %.0f%n", median(totals), median(copies),
                (double) median(totals) / Math.max(1, median(copies)));
    }

    private static boolean hasReconciliationTables(Connection c) throws SQLException {
        return count(c, "select count(*) from pg_tables where tablename = 'reconciliation'") > 0;
    }

    /**
     * V34's tables and V35's extension in a schema of their own, first on the search path, dropped afterwards: the
     * benchmark platform's own schema, and its Flyway history, stay as they are.
     */
    private static void scratchSchema(Connection c) throws Exception {
        String v34;
        try (var in = ReconciliationBenchmark.class.getResourceAsStream("/db/migration/V34__erp_reconciliation.sql")) {
            v34 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCRATCH + " cascade");
            s.execute("create schema " + SCRATCH);
            s.execute("set search_path = " + SCRATCH + ", public");
            s.execute("create extension if not exists btree_gin schema " + SCRATCH);
            s.execute(v34);
        }
        System.out.println("V34's tables made in the schema " + SCRATCH + " (dropped at the end)");
    }

    private static long reconcile(Connection c, long vendor, byte[] file, int run) throws SQLException {
        c.setAutoCommit(false);
        ReconciliationRepository repository = new ReconciliationRepository(entityManagerOver(c));
        long start = System.nanoTime();
        ErpFile read = ErpFile.read(file);
        ErpColumns columns = ErpColumns.guess(read.header(), Optional.empty()).requireValidFor(read.header());
        List<ErpRow> rows = read.rows(columns);
        long readAt = System.nanoTime();
        long id = repository.create(vendor, "benchmark", "reconciliation-erp.csv", read.header(), columns.positions(), null,
                Instant.now());
        repository.addRows(id, rows);
        long stagedAt = System.nanoTime();
        repository.makeReport(id, vendor, ReconciliationService.MIN_NAME_SIMILARITY);
        ReconciliationRepository.Counts counts = repository.counts(id);
        c.commit();
        long end = System.nanoTime();
        System.out.printf("  run %d: read %d ms, staged (COPY of %d rows) %d ms, report %d ms; %s, %d differing%n", run,
                (readAt - start) / 1_000_000, rows.size(), (stagedAt - readAt) / 1_000_000, (end - stagedAt) / 1_000_000,
                counts.byKind(), counts.differing());
        repository.delete(id);
        c.commit();
        c.setAutoCommit(true);
        return (end - start) / 1_000_000;
    }

    /** PostgreSQL's COPY of the same CSV into a plain table without indexes: the floor for moving the rows in. */
    private static long copy(Connection c, byte[] file) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table erp_copy (customer_number text, name text, email text, postal_code text, city text)");
        }
        long start = System.nanoTime();
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy erp_copy from stdin with (format csv, header true, delimiter ';')",
                new ByteArrayInputStream(file));
        long took = (System.nanoTime() - start) / 1_000_000;
        try (Statement s = c.createStatement()) {
            s.execute("drop table erp_copy");
        }
        return took;
    }

    /** The ERP's list as described above, as CSV with German headers (as an ERP exports it), sorted by number. */
    private static byte[] erpFile(Connection c, long vendor) throws SQLException {
        List<String> lines = new ArrayList<>();
        String query = "select cr.id, cr.customer_number, c.name, c.email, c.postal_code, c.city "
                       + "from customer_relationship cr join company c on c.id = cr.customer_id where cr.vendor_id = ? order by cr.id";
        int numbered = 0;
        int unnumbered = 0;
        List<String[]> cities = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, vendor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String number = r.getString(2);
                    String name = r.getString(3);
                    String email = r.getString(4);
                    String postalCode = r.getString(5);
                    String city = r.getString(6);
                    if (cities.size() < 40 && postalCode != null) {
                        cities.add(new String[]{postalCode, city});
                    }
                    if (number != null) {
                        if (++numbered % 20 == 0) {
                            if (numbered % 80 == 0) {
                                // the ERP knows the company under another number: one company, two numbers
                                lines.add(line("C-" + id, name, email, postalCode, city));
                            }
                            continue;
                        }
                        boolean differs = numbered % 10 == 3;
                        lines.add(line(number, differs && numbered % 20 == 3 ? name + " Neu" : name,
                                differs && numbered % 20 == 13 ? "erp-" + email : email, postalCode, city));
                    } else if (++unnumbered % 5 != 0) {
                        boolean byEmail = unnumbered % 2 == 0;
                        lines.add(line("E-" + id, byEmail ? name : typo(name), byEmail ? email : "erp" + id + "@erp.example",
                                postalCode, city));
                    }
                }
            }
        }
        for (int n = 1; lines.size() < 100_000; n++) {
            String[] city = cities.isEmpty() ? new String[]{"1010", "Wien"} : cities.get(n % cities.size());
            String number = n <= 50 ? "N-0" + n : "N-" + n;
            lines.add(line(number, "Neukunde " + n + " Gastro", "neu" + n + "@erp.example", city[0], city[1]));
            if (n <= 50) {
                lines.add(line(number, "Zweitfirma " + n, "zweit" + n + "@erp.example", city[0], city[1]));
            }
        }
        Collections.sort(lines);
        return ("Kundennummer;Firmenname;E-Mail;PLZ;Ort\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String typo(String name) {
        int at = Math.min(3, name.length() - 1);
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static String line(String... values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            String text = value == null ? "" : value;
            cells.add(text.contains(";") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        return String.join(";", cells);
    }

    private static long vendorWithMostCustomers(Connection c) throws SQLException {
        return count(c, "select vendor_id from customer_relationship group by vendor_id order by count(*) desc limit 1");
    }

    private static long count(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The repository only asks its EntityManager for the transaction's connection; here that is the benchmark's. */
    private static EntityManager entityManagerOver(Connection connection) {
        return (EntityManager) Proxy.newProxyInstance(ReconciliationBenchmark.class.getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("unwrap") && arguments[0] == Connection.class) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
