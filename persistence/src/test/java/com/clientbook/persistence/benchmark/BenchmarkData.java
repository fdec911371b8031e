package com.clientbook.persistence.benchmark;

import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.shared.DatabaseMigration;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The platform issue 3 measures, generated inside PostgreSQL: {@code companies} customer companies (default
 * 1,000,000) with realistic names ("Gasthof Krone Huber GmbH") in 40 cities, {@code vendors} vendors (default 500)
 * and {@code relationships} customer relationships (default 2,000,000), of which {@code customers} (default
 * 100,000) belong to one vendor, the measured one. 9 in 10 of its customers have a customer number, 1 in 4 a label
 * (1 in 12 two), and about 1 in 23 customer companies has a registered person. The measured vendor also gets an
 * admin who can sign in ({@link #VENDOR_ADMIN_EMAIL} / {@link #VENDOR_ADMIN_PASSWORD}) and an API key
 * ({@link #API_KEY}), stored as the application stores them (PBKDF2 as {@code PasswordHasher} configures it;
 * SHA-256 as {@code Secrets.hash}), so the HTTP benchmark can use the running application as a vendor does. Its
 * customers have a delivery location each, and it has {@value #ROUTES} routes of up to {@value #MOST_STOPS} stops
 * (issue 14's day sheet), and {@value #ORDERS} orders of {@value #LINES_AN_ORDER} lines each over 500 delivery days of
 * {@value #ORDERS_A_DAY} orders (issue 15).
 *
 * <p>Rows come from {@code generate_series}, the fastest way to write millions of them; the indexes of the big
 * tables are dropped before and built again after, as a bulk load would; then VACUUM ANALYZE, so the planner has
 * statistics and index-only scans have a visibility map, as autovacuum would leave them on a live system.
 */
final class BenchmarkData {

    /** The measured vendor's admin; a benchmark database only, never a real system. */
    static final String VENDOR_ADMIN_EMAIL = "bench.admin@vendor0.example";
    static final String VENDOR_ADMIN_PASSWORD = "Benchmark-Password-1";
    /** The measured vendor's API key ("cb_" as ApiKeyService's keys begin). */
    static final String API_KEY = "cb_benchmark_7c1e9a0d2f4b4e6c8a3d5f7b9e1c2a4d";

    static final long FIRST_ID = 10_000_000L;

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
    private static final String[] LABELS = {"VIP", "Wien", "Gastro", "Hotel", "Route 1", "Route 2", "Route 3", "Route 4",
            "Neukunde", "Key account", "Barzahler", "Lieferstopp", "Saison", "Bio", "Kantine", "Export"};
    private static final String[] SECOND_LABELS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"};

    private final String database;
    private final int companies;
    private final int vendors;
    private final int relationships;
    private final int customers;

    BenchmarkData(String database, int companies, int vendors, int relationships, int customers) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("The benchmark database must have a plain lower-case name, not " + database);
        }
        if (vendors < 2 || customers > companies || relationships < customers
                || (long) (relationships - customers) > (long) (vendors - 1) * companies) {
            throw new IllegalArgumentException("Not a platform that can exist: " + companies + " companies, " + vendors
                    + " vendors, " + relationships + " relationships, " + customers + " for the measured vendor");
        }
        this.database = database;
        this.companies = companies;
        this.vendors = vendors;
        this.relationships = relationships;
        this.customers = customers;
    }

    /** The vendor the benchmark measures: the one with {@code customers} customers. */
    long measuredVendor() {
        return FIRST_ID + companies + 1;
    }

    void generate() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        DatabaseMigration.migrate(TestDatabase.dataSource(database));
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            List<String> indexes = dropIndexes(sql, "('company', 'customer_relationship', 'customer_label', 'app_user')");
            sql.execute("set maintenance_work_mem = '1GB'");
            sql.execute("set max_parallel_maintenance_workers = 2");
            long vendor = measuredVendor();
            step("customer companies", () -> insertCompanies(sql));
            step("vendors", () -> sql.execute("insert into company (id, kind, name, email, created_at, updated_at)"
                    + " select " + vendor + " + v, 'VENDOR', 'Vendor ' || v, 'orders@vendor' || v || '.example', now(), now()"
                    + " from generate_series(0, " + (vendors - 1) + ") v"));
            step("relationships", () -> insertRelationships(sql, vendor));
            step("labels", () -> insertLabels(sql));
            step("people", () -> insertPeople(sql, vendor));
            step("delivery locations and routes", () -> insertRoutes(sql, vendor));
            step("indexes", () -> {
                for (String index : indexes) {
                    sql.execute(index);
                }
            });
            sql.execute("select setval('company_seq', " + (FIRST_ID + companies + vendors + 1000) + ")");
            sql.execute("select setval('customer_relationship_seq', " + (relationships + 1000) + ")");
            sql.execute("select setval('app_user_seq', " + (FIRST_ID + companies + 1000) + ")");
            sql.execute("select setval('api_key_seq', 1000)");
            sql.execute("select setval('delivery_location_seq', " + (customers + 1000) + ")");
            sql.execute("select setval('route_seq', " + (ROUTES + 1000) + ")");
            step("vacuum analyze", () -> sql.execute("vacuum (analyze)"));
        }
        generateOrders();
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private static void step(String what, SqlStep step) throws SQLException {
        long start = System.nanoTime();
        step.run();
        System.out.printf("  %-20s %6.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The secondary indexes of the given tables (an SQL list of names), dropped; the statements that build them again after the load, with
     * the statistics targets the migrations gave their columns (V6's for lower(name) and lower(city)).
     */
    private static List<String> dropIndexes(Statement sql, String big) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select indexname, indexdef from pg_indexes where tablename in " + big
                + " and indexname not like '%pkey' and indexname not like '%pair_uq'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        try (ResultSet rows = sql.executeQuery("select i.relname, a.attnum, a.attstattarget from pg_index x"
                + " join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid"
                + " join pg_attribute a on a.attrelid = i.oid where t.relname in " + big + " and a.attstattarget > 0")) {
            while (rows.next()) {
                definitions.add("alter index " + rows.getString(1) + " alter column " + rows.getInt(2)
                        + " set statistics " + rows.getInt(3));
            }
        }
        for (String name : names) {
            sql.execute("drop index " + name);
        }
        return definitions;
    }

    private void insertCompanies(Statement sql) throws SQLException {
        sql.execute("create temporary table city (n int, postal_code text, name text)");
        StringBuilder cities = new StringBuilder("insert into city values ");
        for (int i = 0; i < CITIES.length; i++) {
            cities.append(i == 0 ? "" : ",").append("(").append(i).append(",'").append(CITIES[i][0]).append("','")
                    .append(CITIES[i][1].replace("'", "''")).append("')");
        }
        sql.execute(cities.toString());
        // "<kind> <word> <surname> <legal form>" in one of 40 cities; e-mail unique per company.
        sql.execute("insert into company (id, kind, name, email, phone, street, postal_code, city, country, created_at, updated_at)"
                + " select " + FIRST_ID + " + i, 'CUSTOMER',"
                + " btrim(" + pick(KINDS, "i") + " || ' ' || " + pick(WORDS, "i / 7") + " || ' ' || " + pick(SURNAMES, "i / 13")
                + "   || ' ' || " + pick(LEGAL_FORMS, "i / 17") + "),"
                + " 'office' || i || '@customer' || (i % 997) || '.example', '+43 1 ' || (1000000 + i),"
                + " 'Hauptstrasse ' || (1 + i % 200), city.postal_code, city.name, 'AT',"
                + " now() - (i % 1000) * interval '1 hour', now()"
                + " from generate_series(1, " + companies + ") i join city on city.n = (i / 3) % " + CITIES.length);
    }

    /**
     * The measured vendor's k-th customer is company (k * 9973) mod companies, 9 in 10 with a customer number: spread
     * over names and cities as a real vendor's customers are (a plain stride would pick companies whose generated
     * names and cities repeat with the stride, and flatter or punish the list's plans). The other relationships are
     * spread evenly over the other vendors: the j-th customer of vendor v is company (v * 7919 + j * 263) mod
     * companies. Both are distinct per vendor because 9973 and 263 are primes that do not divide the number of
     * companies.
     */
    private void insertRelationships(Statement sql, long vendor) throws SQLException {
        if (companies % 9973 == 0 || companies % 263 == 0) {
            throw new IllegalArgumentException("Choose a number of companies that 9973 and 263 do not divide");
        }
        sql.execute("insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at)"
                + " select k, " + vendor + ", " + FIRST_ID + " + 1 + (k::bigint * 9973) % " + companies + ","
                + " case when k % 10 = 0 then null else 'K-' || lpad(k::text, 7, '0') end, 'CREATED',"
                + " now() - k * interval '1 minute', now() - (k % 5000) * interval '1 minute'"
                + " from generate_series(1, " + customers + ") k");
        int others = vendors - 1;
        sql.execute("insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at)"
                + " select " + customers + " + k, " + vendor + " + 1 + (k - 1) % " + others + ","
                + " " + FIRST_ID + " + 1 + ((1 + (k - 1) % " + others + ")::bigint * 7919 + ((k - 1) / " + others + ")::bigint * 263) % " + companies + ","
                + " case when k % 5 = 0 then null else 'V-' || ((k - 1) / " + others + ") end,"
                + " case when k % 3 = 0 then 'CREATED' else 'LINKED' end,"
                + " now() - (k % 100000) * interval '1 minute', now() - (k % 7000) * interval '1 minute'"
                + " from generate_series(1, " + (relationships - customers) + ") k");
    }

    /** How many routes the measured vendor has (issue 14: 300 routes of up to 500 stops). */
    static final int ROUTES = 300;
    /** The stops of the largest route, route 1 ("Tour 001", code T001), whose day sheet the benchmark reads. */
    static final int MOST_STOPS = 500;

    /**
     * Each of the measured vendor's customer companies has one delivery location (its id is the relationship's), every
     * second one with receiving hours Monday to Friday 06:00-10:00, every third with delivery instructions, every
     * second with a phone; the vendor has {@value #ROUTES} routes delivering Monday to Friday, route 1 with
     * {@value #MOST_STOPS} stops and the others with 50 to 500, spread over the locations (about 82,000 stops).
     */
    private void insertRoutes(Statement sql, long vendor) throws SQLException {
        int most = Math.min(MOST_STOPS, customers);
        sql.execute("insert into delivery_location (id, company_id, name, street, postal_code, city, country,"
                + " delivery_instructions, contact_phone, is_default, created_at)"
                + " select r.id, r.customer_id, " + pick(new String[] {"Küche", "Lieferung Hintereingang", "Lager", "Bar"}, "r.id") + ","
                + " c.street, c.postal_code, c.city, c.country,"
                + " case when r.id % 3 = 0 then 'Bitte an der Rampe klingeln, Leergut mitnehmen.' end,"
                + " case when r.id % 2 = 0 then '+43 1 555 ' || r.id end, true, now()"
                + " from customer_relationship r join company c on c.id = r.customer_id where r.vendor_id = " + vendor);
        sql.execute("insert into delivery_location_hours (location_id, weekday, opens, closes)"
                + " select l.id, d.day, time '06:00', time '10:00' from delivery_location l"
                + " cross join (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY')) d(day)"
                + " where l.id <= " + customers + " and l.id % 2 = 0");
        sql.execute("insert into route (id, vendor_id, name, code, delivery_weekdays, deadline_days_before, deadline_time,"
                + " driver_note, active, created_at)"
                + " select k, " + vendor + ", 'Tour ' || lpad(k::text, 3, '0'), 'T' || lpad(k::text, 3, '0'), 31, 1, time '14:00',"
                + " case when k % 4 = 0 then 'Laderampe Hofeinfahrt' end, true, now() from generate_series(1, " + ROUTES + ") k");
        // the stops' trigger (V23) recounts each customer's stops; with the fresh tables' statistics it plans well
        sql.execute("analyze delivery_location, route, customer_relationship");
        sql.execute("insert into route_stop (route_id, delivery_location_id, position)"
                + " select k, 1 + ((k - 1)::bigint * 331 + p) % " + customers + ", p"
                + " from generate_series(1, " + ROUTES + ") k, generate_series(0, " + (most - 1) + ") p"
                + " where p < case when k = 1 then " + most + " else least(" + most + ", 50 + (k * 37) % 451) end");
    }

    /** Issue 15's orders of the measured vendor: {@value #ORDERS} orders of {@value #LINES_AN_ORDER} lines each. */
    static final int ORDERS = 1_000_000;
    static final int LINES_AN_ORDER = 10;
    /** Every generated delivery day has as many orders (issue 15: "one delivery day with 2,000 orders"). */
    static final int ORDERS_A_DAY = 2_000;
    /** The measured vendor's products, which the orders' lines name. */
    static final int PRODUCTS = 2_000;

    private static final String[] PRODUCT_KINDS = {"Milch", "Butter", "Joghurt", "Bergkäse", "Semmeln", "Roggenbrot",
            "Äpfel", "Kartoffeln", "Karotten", "Zwiebeln", "Tomaten", "Salat", "Eier", "Mehl", "Zucker", "Olivenöl",
            "Mineralwasser", "Apfelsaft", "Bier", "Rotwein", "Kaffee", "Tee", "Schinken", "Speck", "Lachs"};
    private static final String[] PRODUCT_WORDS = {"Bio", "regional", "Premium", "Gastro", "klassisch", "fein",
            "Hausmarke", "Alpen", "frisch", "Vorrat", "Tagesfrisch"};
    private static final String[] UNITS = {"PIECE", "KG", "CRATE", "BOX", "BOTTLE", "BAG", "PACK", "CASE"};

    /** Whether the measured vendor has orders with a number (a platform generated before issue 15 has none). */
    boolean hasOrders() throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select exists (select 1 from customer_order where vendor_id = "
                     + measuredVendor() + " and order_number is not null)")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /**
     * Issue 15's orders, into a generated platform (fresh, or one generated before orders existed): {@value #PRODUCTS}
     * products of the measured vendor and {@value #ORDERS} orders of {@value #LINES_AN_ORDER} lines each, over the
     * customers' locations in turn (about 10 orders a customer), {@value #ORDERS_A_DAY} on each of 500 weekdays that
     * end with the last week's Friday, numbered in delivery day order; each order carries what placing it copies (the
     * customer number, the route of the location's first stop, the deadline 14:00 the day before). 1 in 40 is
     * cancelled, the rest delivered; 1 in 5 placed by the vendor.
     *
     * <p>As for the big tables, the secondary indexes of orders and their lines are dropped before and built after;
     * the foreign keys are not checked row by row during the load ({@code session_replication_role = replica}, as a
     * restore does it), because every row is made from the rows it names; a check after the load counts orders
     * whose customer, location or relationship do not belong together (none).
     */
    void generateOrders() throws SQLException {
        long vendor = measuredVendor();
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            List<String> indexes = dropIndexes(sql, "('customer_order', 'order_line', 'product')");
            sql.execute("set maintenance_work_mem = '1GB'");
            sql.execute("set max_parallel_maintenance_workers = 2");
            long firstProduct = FIRST_ID;
            long firstOrder = maximum(sql, "select coalesce(max(id), 0) from customer_order");
            long firstNumber = maximum(sql, "select coalesce(max(order_number), 0) from customer_order where vendor_id = " + vendor);
            int days = ORDERS / ORDERS_A_DAY;
            sql.execute("set session_replication_role = replica");
            step("products", () -> sql.execute("insert into product (id, vendor_id, article_number, name, unit, pack_size,"
                    + " price, currency, active, created_at, updated_at)"
                    + " select " + firstProduct + " + p, " + vendor + ", 'A-' || lpad(p::text, 5, '0'),"
                    + " " + pick(PRODUCT_KINDS, "p") + " || ' ' || " + pick(PRODUCT_WORDS, "p / 25") + " || ' ' || p,"
                    + " " + pick(UNITS, "p / 3") + ", 1 + p % 12, round((1 + p % 97) * 1.37, 2), 'EUR', true, now(), now()"
                    + " from generate_series(1, " + PRODUCTS + ") p"));
            // day d (0 .. days - 1): the d % 5-th weekday of week d / 5, counted from the Monday that makes the last
            // day the Friday before this week
            String day = "(date_trunc('week', current_date)::date - " + (days / 5) * 7 + " + ((k - 1) / " + ORDERS_A_DAY
                    + " / 5) * 7 + ((k - 1) / " + ORDERS_A_DAY + ") % 5)";
            step("orders", () -> sql.execute("insert into customer_order (id, vendor_id, customer_id, placed_at,"
                    + " delivery_location_id, order_number, relationship_id, customer_number, delivery_day, order_deadline,"
                    + " route_id, route_code, route_name, status, placed_by, placed_by_vendor, updated_at, version)"
                    + " select " + firstOrder + " + k, " + vendor + ", r.customer_id, o.placed_at, r.id, " + firstNumber + " + k,"
                    + " r.id, r.customer_number, o.day, (o.day - 1 + time '14:00') at time zone 'Europe/Vienna',"
                    + " t.id, t.code, t.name, case when k % 40 = 0 then 'CANCELLED' else 'DELIVERED' end,"
                    + " case when k % 5 = 0 then 'Bench Admin' else 'Eva Huber' end, k % 5 = 0,"
                    + " o.placed_at + (1 + k % 72) * interval '1 hour', 0"
                    + " from (select k, " + day + " as day, (" + day + " - 2 + time '08:00') + (k % 600) * interval '1 minute' as placed_at"
                    + "       from generate_series(1, " + ORDERS + ") k) o"
                    + " join customer_relationship r on r.vendor_id = " + vendor + " and r.id = 1 + ((o.k - 1)::bigint * 7919) % " + customers
                    + " left join (select delivery_location_id, min(route_id) as route_id from route_stop group by delivery_location_id) s"
                    + "   on s.delivery_location_id = r.id"
                    + " left join route t on t.id = s.route_id"));
            step("order lines", () -> sql.execute("insert into order_line (order_id, line_no, product_id, article_number,"
                    + " product_name, unit, quantity)"
                    + " select o.id, n, p.id, p.article_number, p.name, p.unit, 1 + (o.id + n) % 12"
                    + " from customer_order o cross join generate_series(0, " + (LINES_AN_ORDER - 1) + ") n"
                    + " join product p on p.id = " + firstProduct + " + 1 + (o.id * 31 + n * 197) % " + PRODUCTS
                    + " where o.id > " + firstOrder));
            sql.execute("set session_replication_role = origin");
            step("order indexes", () -> {
                for (String index : indexes) {
                    sql.execute(index);
                }
            });
            sql.execute("insert into vendor_order_number (vendor_id, last_number) values (" + vendor + ", " + (firstNumber + ORDERS) + ")"
                    + " on conflict (vendor_id) do update set last_number = greatest(vendor_order_number.last_number, excluded.last_number)");
            sql.execute("select setval('customer_order_id_seq', " + (firstOrder + ORDERS + 1000) + ")");
            sql.execute("select setval('product_seq', " + (firstProduct + PRODUCTS + 1000) + ")");
            long mismatched = maximum(sql, "select count(*) from customer_order o join customer_relationship r on r.id = o.relationship_id"
                    + " join delivery_location l on l.id = o.delivery_location_id where o.id > " + firstOrder
                    + " and (r.vendor_id <> o.vendor_id or r.customer_id <> o.customer_id or l.company_id <> o.customer_id)");
            if (mismatched != 0) {
                throw new IllegalStateException(mismatched + " generated orders name a customer, location or relationship that do not belong together");
            }
            keepOrderTimes(sql);
            step("vacuum analyze", () -> sql.execute("vacuum (analyze) product, customer_order, order_line, vendor_order_number,"
                    + " customer_relationship"));
        }
    }

    /**
     * The first and last order times V32's trigger keeps on each relationship, for the orders loaded without triggers
     * ({@code session_replication_role = replica}): the list's "has ordered", the dashboard's moves and the activity
     * report read them. Only where they are missing, so a platform generated before this runs it once on reuse.
     */
    void keepOrderTimes() throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            keepOrderTimes(sql);
        }
    }

    private static void keepOrderTimes(Statement sql) throws SQLException {
        step("first and last order times", () -> sql.execute("update customer_relationship r"
                + " set last_order_at = o.last_order_at, first_order_at = o.first_order_at"
                + " from (select vendor_id, customer_id, max(placed_at) as last_order_at, min(placed_at) as first_order_at"
                + "       from customer_order group by vendor_id, customer_id) o"
                + " where o.vendor_id = r.vendor_id and o.customer_id = r.customer_id and r.first_order_at is null"));
    }

    private static long maximum(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** 1 in 4 relationships has a label, 1 in 12 a second one. */
    private void insertLabels(Statement sql) throws SQLException {
        sql.execute("insert into customer_label (relationship_id, label)"
                + " select r.id, " + pick(LABELS, "r.id / 4") + " from customer_relationship r where r.id % 4 = 0");
        sql.execute("insert into customer_label (relationship_id, label)"
                + " select r.id, " + pick(SECOND_LABELS, "r.id / 12") + " from customer_relationship r where r.id % 12 = 0");
    }

    /**
     * About 1 in 23 customer companies has a registered person (an active account), 1 in 31 one who has not set a
     * password yet; and the measured vendor's admin, with a password the benchmark signs in with.
     */
    private void insertPeople(Statement sql, long vendor) throws SQLException {
        String someone = passwordHash("Somebody-Else-1");
        sql.execute("insert into app_user (id, company_id, role, email, first_name, last_name, password_hash, status, created_at)"
                + " select " + FIRST_ID + " + i, " + FIRST_ID + " + i, 'CUSTOMER_ADMIN',"
                + " 'owner' || i || '@customer' || (i % 997) || '.example', 'Eva', " + pick(SURNAMES, "i / 13") + ","
                + " case when i % 23 = 0 then '" + someone + "' end, case when i % 23 = 0 then 'ACTIVE' else 'PENDING' end, now()"
                + " from generate_series(1, " + companies + ") i where i % 23 = 0 or i % 31 = 0");
        try (PreparedStatement admin = sql.getConnection().prepareStatement(
                "insert into app_user (id, company_id, role, email, first_name, last_name, password_hash, status, created_at)"
                        + " values (1, ?, 'VENDOR_ADMIN', ?, 'Bench', 'Admin', ?, 'ACTIVE', now())")) {
            admin.setLong(1, vendor);
            admin.setString(2, VENDOR_ADMIN_EMAIL);
            admin.setString(3, passwordHash(VENDOR_ADMIN_PASSWORD));
            admin.executeUpdate();
        }
        try (PreparedStatement key = sql.getConnection().prepareStatement(
                "insert into api_key (id, vendor_id, name, prefix, secret_hash, created_at) values (1, ?, 'Benchmark', ?, ?, now())")) {
            key.setLong(1, vendor);
            key.setString(2, API_KEY.substring(0, 10));
            key.setString(3, sha256(API_KEY));
            key.executeUpdate();
        }
    }

    /**
     * The hash Jakarta Security's Pbkdf2PasswordHash makes with the parameters {@code PasswordHasher} sets
     * (PBKDF2WithHmacSHA256, 600,000 iterations, 32-byte salt and key), in its stored form
     * {@code algorithm:iterations:base64(salt):base64(key)}, which carries its parameters for verification.
     */
    static String passwordHash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 600_000;
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 32 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }

    /** As {@code Secrets.hash} stores API keys: SHA-256, lower-case hex. */
    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String pick(String[] values, String index) {
        StringBuilder array = new StringBuilder("(array[");
        for (int i = 0; i < values.length; i++) {
            array.append(i == 0 ? "" : ",").append("'").append(values[i].replace("'", "''")).append("'");
        }
        return array.append("])[1 + (").append(index).append(") % ").append(values.length).append("]").toString();
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(database), System.getProperty("test.db.user", "postgres"),
                System.getProperty("test.db.password", ""));
    }
}
