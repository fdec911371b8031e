package com.clientbook.persistence.benchmark;

import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanySearchRepository;
import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.delivery.DeliveryPlanRepository;
import com.clientbook.persistence.order.OrderRepository;
import com.clientbook.persistence.shared.DatabaseMigration;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.order.OrderQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The customer list and the company search at platform scale, measured with the repositories the application runs
 * (issue 3, "Performance"). Not a test: {@code mvn -B -Pbenchmark -pl persistence -am process-test-classes} runs it
 * (docs/benchmarks.md); {@code mvn verify} never does.
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

    private final String database = System.getProperty("benchmark.db", "clientbook_bench");
    private final int companies = Integer.getInteger("benchmark.companies", 1_000_000);
    private final int customers = Integer.getInteger("benchmark.customers", 100_000);
    private final int vendors = Integer.getInteger("benchmark.vendors", 500);
    private final int relationships = Integer.getInteger("benchmark.relationships", 2_000_000);
    private final boolean measure = !"false".equals(System.getProperty("benchmark.measure"));
    private final int warmUp = Integer.getInteger("benchmark.warmUp", 10);
    private final int repetitions = Integer.getInteger("benchmark.repetitions", 50);
    private final boolean reuse = Boolean.getBoolean("benchmark.reuse");
    /** Only the rows whose name this regular expression finds ({@code -Dbenchmark.only=delivery}); all rows without. */
    private final String only = System.getProperty("benchmark.only", "");

    public static void main(String[] arguments) throws Exception {
        new CustomerListBenchmark().run();
    }

    private void run() throws SQLException {
        BenchmarkData data = new BenchmarkData(database, companies, vendors, relationships, customers);
        System.out.printf("Machine: %d cores, %d MB RAM, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                totalMemoryMegabytes(), System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        if (!reuse) {
            long start = System.nanoTime();
            System.out.printf("Generating %,d customer companies, %,d vendors, %,d relationships (%,d of one vendor) in %s%n",
                    companies, vendors, relationships, customers, database);
            data.generate();
            System.out.printf("Generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        } else {
            // a database generated before the latest migrations gets them, as a server starting on it would
            DatabaseMigration.migrate(TestDatabase.dataSource(database));
            // a platform generated before issue 15 gets its orders now, once
            if (!data.hasOrders()) {
                long start = System.nanoTime();
                System.out.printf("Generating %,d orders of %d lines for the measured vendor in %s%n", BenchmarkData.ORDERS,
                        BenchmarkData.LINES_AN_ORDER, database);
                data.generateOrders();
                System.out.printf("Generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            // orders loaded before their relationships kept their times (V32's trigger is off during the load)
            data.keepOrderTimes();
            // as after generating: a migration that rewrote rows (V25 set delivery_days on 75,000 relationships) leaves
            // dead tuples and no statistics of a new column, which autovacuum at 2,000,000 rows would not see to soon
            try (Connection connection = BenchmarkData.connect(database); Statement sql = connection.createStatement()) {
                sql.execute("vacuum analyze");
            }
        }
        try (Connection connection = BenchmarkData.connect(database); Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("select version()")) {
            version.next();
            System.out.println("Database: " + version.getString(1));
        }
        if (measure) {
            measure(data.measuredVendor());
        }
    }

    private void measure(long vendor) {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("clientbook", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                // as the EAR's data source connects (application.xml): every statement planned for its own values
                "jakarta.persistence.jdbc.url", TestDatabase.url(database) + "?options=-c%20plan_cache_mode=force_custom_plan",
                "jakarta.persistence.jdbc.user", System.getProperty("test.db.user", "postgres"),
                "jakarta.persistence.jdbc.password", System.getProperty("test.db.password", ""),
                "eclipselink.logging.level", "SEVERE",
                // -Dbenchmark.sql=true prints each statement as EclipseLink sends it, to EXPLAIN it
                "eclipselink.logging.level.sql", Boolean.getBoolean("benchmark.sql") ? "FINE" : "SEVERE",
                "eclipselink.logging.parameters", "true"));
        EntityManager entityManager = factory.createEntityManager();
        try {
            CustomerRepository list = new CustomerRepository(entityManager);
            CompanySearchRepository search = new CompanySearchRepository(entityManager);
            String existingName = (String) entityManager.createNativeQuery("select c.name from company c"
                    + " where c.id = " + (BenchmarkData.FIRST_ID + 4242)).getSingleResult();
            String typo = existingName.substring(0, 4) + existingName.substring(5);
            String email = "office4242@customer" + (4242 % 997) + ".example";
            Map<String, Function<EntityManager, Object>> queries = new LinkedHashMap<>();
            queries.put("list, first page, by name", em -> list.list(vendor, page(null, null, CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, first page, by customer number", em -> list.list(vendor, page(null, null, CustomerSort.CUSTOMER_NUMBER, 0)));
            queries.put("list, name contains \"krone hu\"", em -> list.list(vendor, page("krone hu", null, CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, name contains \"gasthof\"", em -> list.list(vendor, page("gasthof", null, CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, city contains \"graz\"", em -> list.list(vendor, page(null, "graz", CustomerSort.COMPANY_NAME, 0)));
            queries.put("list, free text \"krone hu\"", em -> list.list(vendor, page(null, null, CustomerSort.COMPANY_NAME, 0).withText("krone hu")));
            queries.put("list, first page, by date added (newest first)", em -> list.list(vendor,
                    new CustomerQuery(null, null, null, CustomerSort.CREATED_AT, false, 0, CustomerQuery.DEFAULT_PAGE_SIZE)));
            queries.put("list, page 1000 (size 50), by name", em -> list.list(vendor, page(null, null, CustomerSort.COMPANY_NAME, 1000)));
            // issue 19: the same page after a cursor (the last row of page 999), count included
            var page999 = list.list(vendor, page(null, null, CustomerSort.COMPANY_NAME, 999)).items();
            CustomerCursor cursor = CustomerCursor.after(page999.get(page999.size() - 1), CustomerSort.COMPANY_NAME, true);
            queries.put("list, page 1000 (size 50), by name, after= (cursor)", em -> {
                CustomerQuery query = page(null, null, CustomerSort.COMPANY_NAME, 0);
                return list.list(vendor, query, list.count(vendor, query), cursor);
            });
            queries.put("count of the vendor's customers (as the list counts)", em -> list.count(vendor, page(null, null, CustomerSort.COMPANY_NAME, 0)));
            // issue 14's route filter and column (BenchmarkData's 300 routes; 1 customer in 10 on none of them)
            DeliveryPlanRepository plans = new DeliveryPlanRepository(entityManager);
            CustomerQuery.RouteFilter firstRoute = CustomerQuery.RouteFilter.on((Long) entityManager.createNativeQuery(
                    "select min(id) from route where vendor_id = " + vendor).getSingleResult());
            queries.put("count, on no route", em -> list.count(vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0).withRoute(CustomerQuery.RouteFilter.NONE)));
            queries.put("list, on no route, first page by name, route codes", em -> withRouteCodes(list, plans, vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0).withRoute(CustomerQuery.RouteFilter.NONE)));
            queries.put("list, on no route, page 20 by name", em -> list.list(vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 20).withRoute(CustomerQuery.RouteFilter.NONE)));
            queries.put("list, on one route, first page by name, route codes", em -> withRouteCodes(list, plans, vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0).withRoute(firstRoute)));
            queries.put("list, first page by name, route codes", em -> withRouteCodes(list, plans, vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0)));
            // issue 14's dashboard count and list filter "without delivery days", and the next-delivery column's reads
            queries.put("count, without delivery days (the dashboard's)", em -> list.count(vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0).withDeliveryDays(false)));
            queries.put("list, without delivery days, first page by name", em -> list.list(vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0).withDeliveryDays(false)));
            queries.put("list, first page by name, with the next-delivery reads", em -> withNextDeliveryReads(list, plans, vendor,
                    page(null, null, CustomerSort.COMPANY_NAME, 0)));
            // the next-delivery column's reads for 25 customers and for one, as they were (four statements) and are
            @SuppressWarnings("unchecked")
            List<Long> page25 = ((List<Number>) entityManager.createNativeQuery("select r.id from customer_relationship r"
                    + " join company c on c.id = r.customer_id where r.vendor_id = " + vendor + " order by lower(c.name), r.id limit 25")
                    .getResultList()).stream().map(Number::longValue).toList();
            List<Long> one = List.of(page25.get(0));
            queries.put("next delivery, 25 customers: 4 statements (before)", em -> fourDeliveryReads(em, plans, vendor, page25));
            queries.put("next delivery, 25 customers: planned locations, closures", em -> twoDeliveryReads(plans, vendor, page25));
            queries.put("next delivery, one customer: 4 statements (before)", em -> fourDeliveryReads(em, plans, vendor, one));
            queries.put("next delivery, one customer: planned locations, closures", em -> twoDeliveryReads(plans, vendor, one));
            // issue 15's orders (BenchmarkData: 1,000,000 of the vendor, 2,000 a delivery day, 10 lines each)
            OrderRepository orders = new OrderRepository(entityManager);
            Object[] middle = (Object[]) entityManager.createNativeQuery("select delivery_day, updated_at, relationship_id"
                    + " from customer_order where vendor_id = " + vendor + " and order_number is not null"
                    + " order by delivery_day, order_number offset (select count(*) / 2 from customer_order where vendor_id = "
                    + vendor + ") limit 1").getSingleResult();
            if (middle != null) {
                LocalDate day = ((java.sql.Date) middle[0]).toLocalDate();
                Instant half = ((java.sql.Timestamp) middle[1]).toInstant();
                Instant recent = ((java.sql.Timestamp) entityManager.createNativeQuery("select updated_at from customer_order"
                        + " where vendor_id = " + vendor + " and order_number is not null order by updated_at desc, id desc"
                        + " offset 2000 limit 1").getSingleResult()).toInstant();
                long customer = ((Number) middle[2]).longValue();
                queries.put("orders: one day (2,000), count and first page of 50", em -> orders.page(vendor,
                        new OrderQuery(day, null, null, null, null, null, 0, 50)).items().stream().map(o -> o.lines().size()).toList());
                queries.put("orders: picking list of one day", em -> orders.picking(vendor, day, null));
                queries.put("orders: picking list of one day, as before (no order_number condition)", em -> em.createNativeQuery(
                        "select l.product_id, l.article_number, min(l.product_name), l.unit, sum(l.quantity), count(distinct o.id)"
                        + " from customer_order o join order_line l on l.order_id = o.id where o.vendor_id = ?1"
                        + " and o.delivery_day = ?2 and o.status <> 'CANCELLED' group by l.product_id, l.article_number, l.unit"
                        + " order by l.article_number, l.unit").setParameter(1, vendor).setParameter(2, day).getResultList());
                queries.put("orders: delta sync page, 2,000 changed since", em -> orders.page(vendor,
                        new OrderQuery(null, null, null, null, null, recent, 0, 50)));
                queries.put("orders: delta sync page, half of them changed since", em -> orders.page(vendor,
                        new OrderQuery(null, null, null, null, null, half, 0, 50)));
                queries.put("orders: a customer's last 5", em -> orders.lastOfRelationship(vendor, customer, 5));
                queries.put("orders: count of all the vendor's orders", em -> orders.count(vendor, OrderQuery.firstPage(1)));
            }
            queries.put("company search, typo \"" + typo + "\"", em -> search.customersByName(vendor, typo));
            queries.put("company search, exact e-mail", em -> search.customersByEmail(vendor, email));
            queries.put("duplicate check (Add customer)", em -> search.possibleDuplicates(vendor, typo, "new@nowhere.example", "8010", "Graz"));

            System.out.printf("%nVendor with %,d customers among %,d customer companies; %d warm-up runs, %d timed runs each%n",
                    customers, companies, warmUp, repetitions);
            System.out.printf("%-60s %12s %12s%n", "query", "median ms", "p95 ms");
            for (var query : queries.entrySet()) {
                if (!Pattern.compile(only).matcher(query.getKey()).find()) {
                    continue;
                }
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

    /** A list page with its Route column, as the list page and the API read it (with the next delivery's locations). */
    private static Object withRouteCodes(CustomerRepository list, DeliveryPlanRepository plans, long vendor, CustomerQuery query) {
        var page = list.list(vendor, query);
        return plans.plannedLocations(vendor, page.items().stream().map(r -> r.id()).toList());
    }

    /**
     * A list page with what its next-delivery column reads (services' NextDeliveries): the customers' current
     * locations with their schedules and the routes they are stops on, in one statement; the vendor's closures.
     */
    private static Object withNextDeliveryReads(CustomerRepository list, DeliveryPlanRepository plans, long vendor,
                                                CustomerQuery query) {
        var page = list.list(vendor, query);
        LocalDate today = LocalDate.now();
        return List.of(plans.plannedLocations(vendor, page.items().stream().map(r -> r.id()).toList()),
                plans.closures(vendor, today.minusDays(7), today.plusDays(3 * 366 + 14)));
    }

    /**
     * What the next-delivery column read before it was one statement: the customers' current locations, their
     * schedules, the routes they are stops on (one statement each), and the closures.
     */
    private static Object fourDeliveryReads(EntityManager em, DeliveryPlanRepository plans, long vendor, List<Long> ids) {
        String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        List<?> rows = em.createNativeQuery("select r.id, l.id from customer_relationship r"
                + " join delivery_location l on l.company_id = r.customer_id and l.archived_at is null"
                + " where r.vendor_id = ?1 and r.id in (" + in + ") order by r.id, l.id").setParameter(1, vendor).getResultList();
        List<Long> locations = rows.stream().map(row -> ((Number) ((Object[]) row)[1]).longValue()).toList();
        LocalDate today = LocalDate.now();
        return List.of(plans.schedules(vendor, locations), plans.routesOf(vendor, locations),
                plans.closures(vendor, today.minusDays(7), today.plusDays(3 * 366 + 14)));
    }

    private static Object twoDeliveryReads(DeliveryPlanRepository plans, long vendor, List<Long> ids) {
        LocalDate today = LocalDate.now();
        return List.of(plans.plannedLocations(vendor, ids), plans.closures(vendor, today.minusDays(7), today.plusDays(3 * 366 + 14)));
    }

    private static CustomerQuery page(String name, String city, CustomerSort sort, int page) {
        return new CustomerQuery(name, null, city, sort, true, page, CustomerQuery.DEFAULT_PAGE_SIZE);
    }

    private static long totalMemoryMegabytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    }
}
