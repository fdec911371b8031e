package com.clientbook.persistence.benchmark;

import com.clientbook.persistence.shared.DatabaseMigration;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanySearchRepository;
import com.clientbook.persistence.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.customer.CustomerSort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The customer list and the company search at platform scale, measured with the repositories the application runs
 * (issue 3, "Performance"). Not a test: {@code mvn -B -Pbenchmark -pl persistence -am process-test-classes} runs it
 * (README, "Benchmark"); {@code mvn verify} never does.
 *
 * <p>It (re)creates the database {@code benchmark.db} (default {@code clientbook_bench}), migrates it with Flyway,
 * generates {@code benchmark.companies} customer companies (default 1,000,000) and, for one vendor,
 * {@code benchmark.customers} relationships (default 100,000), plus {@code benchmark.otherVendors} vendors
 * (default 20) with 10,000 customers each; then ANALYZE, and per query a warm-up and {@code benchmark.repetitions}
 * timed runs (default 50), reported as median and p95. Data is generated inside PostgreSQL from
 * {@code generate_series}, the fastest way to write a million rows; the indexes are dropped before and rebuilt
 * after, as a bulk load would. {@code -Dbenchmark.reuse=true} measures an already generated database again.
 */
public final class CustomerListBenchmark {

    private static final String[] KINDS = {"Gasthof", "Restaurant", "Hotel", "Café", "Bistro", "Kantine", "Bäckerei",
            "Metzgerei", "Pizzeria", "Weinstube", "Brauhaus", "Bar", "Trattoria", "Imbiss", "Konditorei", "Wirtshaus"};
    private static final String[] WORDS = {"Krone", "Adler", "Sonne", "Löwen", "Hirsch", "Post", "Linde", "Rose", "Stern",
            "Bären", "Engel", "Ochsen", "Schwan", "Lamm", "Rössle", "Traube", "Anker", "Mühle", "Brücke", "Markt",
            "Alpenblick", "Seeblick", "Bergfried", "Waldhaus", "Rathaus", "Zentral", "Bahnhof", "Kirchenwirt",
            "Schloss", "Hafen", "Eiche", "Tanne", "Birke", "Quelle", "Garten", "Hof", "Kloster", "Turm", "Tor", "Platz"};
    private static final String[] SURNAMES = {"Huber", "Gruber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner",
            "Moser", "Mayer", "Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber",
            "Schwarz", "Maier", "Schneider", "Reiter", "Mayr", "Schmidt", "Wimmer", "Egger", "Brunner", "Lang",
            "Baumgartner", "Auer", "Binder", "Lechner", "Wolf", "Wallner", "Aigner", "Ebner", "Koller", "Lehner",
            "Haas", "Schuster", "Heilig", "Rossi", "Bianchi", "Martin", "Bernard", "Dubois", "Smith", "Jones",
            "Novak", "Horvat", "Kovač", "Nagy", "Szabó", "Kowalski", "Nowak", "Jansen", "de Vries", "Berg", "Lund"};
    private static final String[] LEGAL_FORMS = {"GmbH", "KG", "e.U.", "OG", "", "", "GmbH & Co. KG", "AG"};
    private static final String[][] CITIES = {{"1010", "Wien"}, {"8010", "Graz"}, {"4020", "Linz"}, {"5020", "Salzburg"},
            {"6020", "Innsbruck"}, {"9020", "Klagenfurt"}, {"3100", "St. Pölten"}, {"6900", "Bregenz"},
            {"80331", "München"}, {"10115", "Berlin"}, {"20095", "Hamburg"}, {"50667", "Köln"}, {"60311", "Frankfurt"},
            {"70173", "Stuttgart"}, {"90402", "Nürnberg"}, {"01067", "Dresden"}, {"04109", "Leipzig"},
            {"30159", "Hannover"}, {"28195", "Bremen"}, {"40213", "Düsseldorf"}, {"8001", "Zürich"}, {"3011", "Bern"},
            {"4051", "Basel"}, {"1201", "Genève"}, {"6003", "Luzern"}, {"39100", "Bozen"}, {"20121", "Milano"},
            {"00184", "Roma"}, {"75001", "Paris"}, {"69001", "Lyon"}, {"1010", "Ljubljana"}, {"10000", "Zagreb"},
            {"1051", "Budapest"}, {"11000", "Praha"}, {"81101", "Bratislava"}, {"00-001", "Warszawa"},
            {"1011", "Amsterdam"}, {"1000", "Bruxelles"}, {"1050", "København"}, {"111 20", "Stockholm"}};

    private static final long FIRST_ID = 10_000_000L;

    private final String database = System.getProperty("benchmark.db", "clientbook_bench");
    private final int companies = Integer.getInteger("benchmark.companies", 1_000_000);
    private final int customers = Integer.getInteger("benchmark.customers", 100_000);
    private final int otherVendors = Integer.getInteger("benchmark.otherVendors", 20);
    private final int otherCustomers = 10_000;
    private final int warmUp = Integer.getInteger("benchmark.warmUp", 10);
    private final int repetitions = Integer.getInteger("benchmark.repetitions", 50);
    private final boolean reuse = Boolean.getBoolean("benchmark.reuse");

    public static void main(String[] arguments) throws Exception {
        new CustomerListBenchmark().run();
    }

    private void run() throws SQLException {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("benchmark.db must be a plain lower-case name, not " + database);
        }
        System.out.printf("Machine: %d cores, %d MB RAM, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                totalMemoryMegabytes(), System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        if (!reuse) {
            long start = System.nanoTime();
            generate();
            System.out.printf("Generated %,d customer companies, %,d + %d x %,d relationships in %.1f s%n", companies, customers,
                    otherVendors, otherCustomers, (System.nanoTime() - start) / 1e9);
        }
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("select version()")) {
            version.next();
            System.out.println("Database: " + version.getString(1));
        }
        measure();
    }

    private void generate() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        DatabaseMigration.migrate(TestDatabase.dataSource(database));
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select indexname, indexdef from pg_indexes where tablename in"
                    + " ('company', 'customer_relationship') and indexname not like '%pkey' and indexname not like '%pair_uq'")) {
                while (rows.next()) {
                    indexes.add(rows.getString(2));
                    sql.getConnection().createStatement().execute("drop index " + rows.getString(1));
                }
            }
            sql.execute("set maintenance_work_mem = '256MB'");
            sql.execute("create temporary table city (n int, postal_code text, name text)");
            StringBuilder cities = new StringBuilder("insert into city values ");
            for (int i = 0; i < CITIES.length; i++) {
                cities.append(i == 0 ? "" : ",").append("(").append(i).append(",'").append(CITIES[i][0]).append("','")
                        .append(CITIES[i][1].replace("'", "''")).append("')");
            }
            sql.execute(cities.toString());
            // Customer companies: "<kind> <word> <surname> <legal form>" in one of 40 cities; e-mail unique per id.
            sql.execute("insert into company (id, kind, name, email, phone, street, postal_code, city, country, created_at, updated_at)"
                    + " select " + FIRST_ID + " + i, 'CUSTOMER',"
                    + " btrim(" + pick(KINDS, "i") + " || ' ' || " + pick(WORDS, "i / 7") + " || ' ' || " + pick(SURNAMES, "i / 13")
                    + "   || ' ' || " + pick(LEGAL_FORMS, "i / 17") + "),"
                    + " 'office' || i || '@customer' || (i % 997) || '.example', '+43 1 ' || (1000000 + i),"
                    + " 'Hauptstrasse ' || (1 + i % 200), city.postal_code, city.name, 'AT',"
                    + " now() - (i % 1000) * interval '1 hour', now()"
                    + " from generate_series(1, " + companies + ") i join city on city.n = (i / 3) % " + CITIES.length);
            // Vendors: the measured one (FIRST_ID) and the others after the customer companies.
            sql.execute("insert into company (id, kind, name, email, created_at, updated_at)"
                    + " select " + FIRST_ID + " + " + companies + " + 1 + v, 'VENDOR', 'Vendor ' || v, 'orders@vendor' || v || '.example', now(), now()"
                    + " from generate_series(0, " + otherVendors + ") v");
            long vendor = measuredVendor();
            // Every (companies / customers)-th company is the measured vendor's customer; 9 in 10 have a customer number.
            int step = Math.max(1, companies / customers);
            sql.execute("insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at)"
                    + " select k, " + vendor + ", " + FIRST_ID + " + 1 + (k - 1) * " + step + ","
                    + " case when k % 10 = 0 then null else 'K-' || lpad(k::text, 7, '0') end, 'CREATED',"
                    + " now() - k * interval '1 minute', now()"
                    + " from generate_series(1, " + customers + ") k");
            sql.execute("insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at)"
                    + " select " + customers + " + v * " + otherCustomers + " + k, " + vendor + " + v,"
                    + " " + FIRST_ID + " + 1 + ((v * 7919 + k * 13) % " + companies + "), 'V' || v || '-' || k, 'LINKED', now(), now()"
                    + " from generate_series(1, " + otherVendors + ") v, generate_series(1, " + otherCustomers + ") k");
            for (String index : indexes) {
                sql.execute(index);
            }
            sql.execute("select setval('company_seq', " + (FIRST_ID + companies + otherVendors + 1000) + ")");
            sql.execute("select setval('customer_relationship_seq', " + (customers + (otherVendors + 1) * otherCustomers + 100) + ")");
            sql.execute("analyze");
        }
    }

    private long measuredVendor() {
        return FIRST_ID + companies + 1;
    }

    private static String pick(String[] values, String index) {
        StringBuilder array = new StringBuilder("(array[");
        for (int i = 0; i < values.length; i++) {
            array.append(i == 0 ? "" : ",").append("'").append(values[i].replace("'", "''")).append("'");
        }
        return array.append("])[1 + (").append(index).append(") % ").append(values.length).append("]").toString();
    }

    private void measure() {
        long vendor = measuredVendor();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("clientbook", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", TestDatabase.url(database),
                "jakarta.persistence.jdbc.user", System.getProperty("test.db.user", "postgres"),
                "jakarta.persistence.jdbc.password", System.getProperty("test.db.password", ""),
                "eclipselink.logging.level", "SEVERE"));
        EntityManager entityManager = factory.createEntityManager();
        try {
            CustomerRepository list = new CustomerRepository(entityManager);
            CompanySearchRepository search = new CompanySearchRepository(entityManager);
            String existingName = (String) entityManager.createNativeQuery("select c.name from company c"
                    + " where c.id = " + (FIRST_ID + 4242)).getSingleResult();
            String typo = existingName.substring(0, 4) + existingName.substring(5);
            String email = "office4242@customer" + (4242 % 997) + ".example";
            Map<String, Function<EntityManager, Object>> queries = new LinkedHashMap<>();
            queries.put("list, first page, by name", em -> list.list(vendor, page(null, null, CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, first page, by customer number", em -> list.list(vendor, page(null, null, CustomerSort.CUSTOMER_NUMBER, 0)));
            queries.put("list, name contains \"krone hu\"", em -> list.list(vendor, page("krone hu", null, CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, city contains \"graz\"", em -> list.list(vendor, page(null, "graz", CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, page 1000 (size 50), by name", em -> list.list(vendor, page(null, null, CustomerSort.COMPANY_NAME, 1000)));
            queries.put("count of the vendor's customers", em -> em.createQuery("select count(r) from CustomerRelationship r"
                    + " join r.customer c where r.vendor.id = :vendorId").setParameter("vendorId", vendor).getSingleResult());
            queries.put("company search, typo \"" + typo + "\"", em -> search.customersByName(typo));
            queries.put("company search, exact e-mail", em -> search.customersByEmail(email));
            queries.put("duplicate check (Add customer)", em -> search.possibleDuplicates(vendor, typo, "new@nowhere.example", "8010", "Graz"));

            System.out.printf("%nVendor with %,d customers among %,d customer companies; %d warm-up runs, %d timed runs each%n",
                    customers, companies, warmUp, repetitions);
            System.out.printf("%-60s %12s %12s%n", "query", "median ms", "p95 ms");
            for (var query : queries.entrySet()) {
                for (int i = 0; i < warmUp; i++) {
                    query.getValue().apply(entityManager);
                    entityManager.clear();
                }
                double[] millis = new double[repetitions];
                for (int i = 0; i < repetitions; i++) {
                    long start = System.nanoTime();
                    query.getValue().apply(entityManager);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    entityManager.clear();
                }
                Arrays.sort(millis);
                System.out.printf("%-60s %12.1f %12.1f%n", query.getKey(), millis[repetitions / 2],
                        millis[(int) Math.ceil(repetitions * 0.95) - 1]);
            }
        } finally {
            entityManager.close();
            factory.close();
        }
    }

    private static CustomerQuery page(String name, String city, CustomerSort sort, int page) {
        return new CustomerQuery(name, null, city, sort, true, page, CustomerQuery.DEFAULT_PAGE_SIZE);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(database), System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""));
    }

    private static long totalMemoryMegabytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    }
}
