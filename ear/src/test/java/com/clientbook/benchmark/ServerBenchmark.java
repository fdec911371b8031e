package com.clientbook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 3's (and issue 14's day sheet, issue 15's orders) performance figures, measured against the running EAR over HTTP, as a vendor's ERP and a vendor's
 * browser meet it: median and p95 of repeated requests after a warm-up, one request at a time, and the throughput
 * of {@code GET /customers/{id}} with 16 concurrent clients as a ratio to the server's own {@code /health/live}
 * with as many, in the same run. Not a test, and never part of {@code mvn verify}: docs/benchmarks.md has the
 * commands (generate the data, start the server on it, then {@code mvn -B -Pbenchmark-http -pl ear -am package
 * -DskipTests}).
 *
 * <p>It signs in as the generator's vendor admin through the real login form (the session cookie then asks for the
 * rendered customers page) and calls the API with the generator's key; both are system properties so another
 * database's vendor can be measured too: {@code benchmark.url} (default {@code http://localhost:8080}),
 * {@code benchmark.apiKey}, {@code benchmark.email}, {@code benchmark.password}, {@code benchmark.warmUp} (default
 * 200), {@code benchmark.repetitions} (default 200), {@code benchmark.clients} (default 16) and
 * {@code benchmark.seconds} (each throughput run, default 15); {@code benchmark.db} (the server's database, default
 * {@code jdbc:postgresql://127.0.0.1:5432/clientbook_bench}; {@code none} leaves PostgreSQL's baseline out),
 * {@code benchmark.dbUser}, {@code benchmark.dbPassword}; {@code benchmark.only} (a regular expression: only the latency
 * rows whose name it finds); {@code benchmark.throughput=false} leaves the throughput rows and the baseline out.
 */
public final class ServerBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PAGE_REPORT = Pattern.compile("ui-paginator-current[^>]*>([^<]+)<");

    private final String url = stripSlash(System.getProperty("benchmark.url", "http://localhost:8080"));
    private final String apiKey = System.getProperty("benchmark.apiKey", "cb_benchmark_7c1e9a0d2f4b4e6c8a3d5f7b9e1c2a4d");
    private final String email = System.getProperty("benchmark.email", "bench.admin@vendor0.example");
    private final String password = System.getProperty("benchmark.password", "Benchmark-Password-1");
    private final int warmUp = Integer.getInteger("benchmark.warmUp", 200);
    private final int repetitions = Integer.getInteger("benchmark.repetitions", 200);
    private final int clients = Integer.getInteger("benchmark.clients", 16);
    private final int seconds = Integer.getInteger("benchmark.seconds", 15);
    /** Only the latency rows whose name matches this regular expression ({@code -Dbenchmark.only=delivery}); all without. */
    private final Pattern only = Pattern.compile(System.getProperty("benchmark.only", ""));
    /** The server's database, for PostgreSQL's own baseline ({@link PostgresBaseline}); "none" leaves it out. */
    private final String database = jdbcUrl(System.getProperty("benchmark.db", "jdbc:postgresql://127.0.0.1:5432/clientbook_bench"));
    private final String databaseUser = System.getProperty("benchmark.dbUser", "postgres");
    private final String databasePassword = System.getProperty("benchmark.dbPassword", "");

    /** HTTP/1.1 as browsers and ERPs speak it to Payara; without cookies, as an API client. */
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    /** A browser: keeps the session cookie. */
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    public static void main(String[] arguments) throws Exception {
        new ServerBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf("Client machine: %d cores, %d MB RAM, %s %s, Java %s; server %s%n",
                Runtime.getRuntime().availableProcessors(), totalMemoryMegabytes(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), url);

        // What the data offers to ask for: the vendor's list, its first customers' ids and numbers, a real name.
        JsonNode firstPage = apiJson("/api/v1/customers?page=0&size=50&sort=companyName,asc");
        long total = firstPage.get("totalItems").asLong();
        List<Long> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            for (JsonNode customer : apiJson("/api/v1/customers?page=" + page + "&size=50&sort=createdAt,desc").get("items")) {
                ids.add(customer.get("id").asLong());
                if (customer.hasNonNull("customerNumber")) {
                    numbers.add(customer.get("customerNumber").asText());
                }
            }
        }
        String name = firstPage.get("items").get(0).get("companyName").asText();
        String typo = name.substring(0, 4) + name.substring(5);
        System.out.printf("The API key's vendor has %,d customers; a typo'd name to search: \"%s\" (of \"%s\")%n%n", total, typo, name);

        String session = signIn();
        String page = get(browser, "/vendor/customers.xhtml", null).body();
        Matcher report = PAGE_REPORT.matcher(page);
        if (!page.contains("customersForm:customers") || !report.find()) {
            throw new IllegalStateException("The customers page did not show the list after signing in as " + email);
        }
        System.out.printf("Signed in through /login.xhtml as %s (session %s…); the page shows \"%s\"%n%n", email,
                session.substring(0, Math.min(6, session.length())), report.group(1).strip());

        System.out.printf("%d warm-up and %d timed requests each, one at a time%n", warmUp, repetitions);
        System.out.printf("%-68s %10s %10s %8s%n", "request", "median ms", "p95 ms", "target");
        latency("API list, first page (50) sorted by name, with nextDelivery", "p95 <= 50",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=companyName,asc"));
        latency("API list, name contains \"krone hu\", sorted by name", "p95 < 50",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=companyName,asc&name=" + encode("krone hu")));
        latency("API list, name contains \"gasthof\" (1 in 16 names), sorted by name", "",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=companyName,asc&name=gasthof"));
        latency("API list, city contains \"graz\", sorted by name", "",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=companyName,asc&city=graz"));
        latency("API list, free text q=\"krone hu\" (name, number, e-mail, city)", "",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=companyName,asc&q=" + encode("krone hu")));
        latency("API list, first page sorted by date added, newest first", "",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=createdAt,desc"));
        // issue 19: deep paging, by page number (for people) and by cursor (for systems reading a whole list)
        if (only.matcher("API list, page 1,000").find()) {
            String cursor = cursorAt(50 * 999, "sort=companyName,asc");
            latency("API list, page 1,000 by name, page=999 (offset)", "",
                    i -> apiGet("/api/v1/customers?page=999&size=50&sort=companyName,asc"));
            latency("API list, page 1,000 by name, after= (cursor)", "p95 <= 50",
                    i -> apiGet("/api/v1/customers?size=50&sort=companyName,asc&after=" + encode(cursor)));
        }
        latency("page /vendor/customers.xhtml (signed in, first 25 rows, next-delivery column)", "p95 <= 50",
                i -> get(browser, "/vendor/customers.xhtml", null));
        // issue 16: the dashboard (funnel, needs attention, charts; the top 10 lists kept for 5 minutes) and the
        // customer activity report's first page (by last order, from V32's index)
        latency("page /vendor/dashboard.xhtml (signed in: funnel, needs attention, charts)", "p95 <= 300",
                i -> get(browser, "/vendor/dashboard.xhtml", null));
        latency("page /vendor/reports/activity.xhtml (signed in, first 25 rows by last order)", "p95 <= 200",
                i -> get(browser, "/vendor/reports/activity.xhtml", null));
        latency("company search for linking, typo'd name (1,000,000 companies)", "p95 < 100",
                i -> apiGet("/api/v1/companies?name=" + encode(typo)));
        latency("GET /customers/by-number/{n}", "p95 < 10",
                i -> apiGet("/api/v1/customers/by-number/" + encode(numbers.get(i % numbers.size()))));
        latency("GET /customers/{id}", "",
                i -> apiGet("/api/v1/customers/" + ids.get(i % ids.size())));
        // issue 14: the day sheet of the generator's 500-stop route (code T001), on its next Monday (a delivery day)
        JsonNode bigRoute = apiJson("/api/v1/routes?q=T001").get("items").get(0);
        long routeId = bigRoute.get("id").asLong();
        String monday = java.time.LocalDate.now().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).toString();
        System.out.printf("(route %s has %d stops)%n", bigRoute.get("code").asText(), bigRoute.get("stopCount").asLong());
        latency("API day sheet of a " + bigRoute.get("stopCount").asLong() + "-stop route", "p95 <= 100",
                i -> apiGet("/api/v1/routes/" + routeId + "/day-sheet?date=" + monday));
        latency("page /vendor/day-sheet.xhtml of the same route (signed in)", "",
                i -> get(browser, "/vendor/day-sheet.xhtml?route=" + routeId + "&date=" + monday, null));
        latency("API routes list, first page (50 of 300, with stop counts)", "",
                i -> apiGet("/api/v1/routes?page=0&size=50"));
        // issue 14: the next 5 delivery days of one customer (the route delivers Monday to Friday: a week from the
        // next Monday is 5 days), the customers of the big route's stops in turn
        List<Long> onRoute = new ArrayList<>();
        for (JsonNode stop : apiJson("/api/v1/routes/" + routeId + "/day-sheet?date=" + monday).get("stops")) {
            if (stop.hasNonNull("customerId") && onRoute.size() < 200) {
                onRoute.add(stop.get("customerId").asLong());
            }
        }
        String friday = java.time.LocalDate.parse(monday).plusDays(4).toString();
        int days = apiJson("/api/v1/customers/" + onRoute.get(0) + "/delivery-days?from=" + monday + "&to=" + friday).size();
        latency("GET /customers/{id}/delivery-days, next 5 delivery days (" + days + " answered)", "p95 <= 10",
                i -> apiGet("/api/v1/customers/" + onRoute.get(i % onRoute.size()) + "/delivery-days?from=" + monday + "&to=" + friday));
        try {
            orders(onRoute, routeId, monday);
        } catch (IllegalStateException e) {
            // the rows before and PostgreSQL's baseline after are still worth having
            System.out.println("(the orders' rows stopped: " + e.getMessage() + ")");
        }
        latency("GET /health/live", "",
                i -> get(api, "/health/live", null));

        if ("false".equals(System.getProperty("benchmark.throughput"))) {
            return; // -Dbenchmark.throughput=false: the latency rows only
        }
        System.out.printf("%nThroughput, %d concurrent clients, %d s each after %d s warm-up%n", clients, seconds, Math.max(3, seconds / 3));
        double health = throughput("GET /health/live", i -> get(api, "/health/live", null));
        double customer = throughput("GET /api/v1/customers/{id}", i -> apiGet("/api/v1/customers/" + ids.get(i % ids.size())));
        System.out.printf("GET /customers/{id} : /health/live = %.2f%n", customer / health);
        // issue 19: the list's first page by name under as many clients, as pages a second
        double listPages = throughput("API list, first page (50) by name",
                i -> apiGet("/api/v1/customers?page=0&size=50&sort=companyName,asc"));
        System.out.printf("API list first page : /health/live = %.2f%n", listPages / health);

        if (!database.equals("none")) {
            PostgresBaseline baseline = new PostgresBaseline(database, databaseUser, databasePassword, repetitions);
            baseline.print(routeId);
            double selectOnly = baseline.selectOnlyPerSecond(clients, seconds);
            System.out.printf(Locale.ROOT, "%-68s %10.0f transactions/s%n", "pgbench select-only (a customer by primary key), "
                    + clients + " clients", selectOnly);
            System.out.printf(Locale.ROOT, "GET /customers/{id} : pgbench select-only = %.3f; API list first page : pgbench "
                    + "select-only = %.3f%n", customer / selectOnly, listPages / selectOnly);
        }
    }

    /**
     * Issue 15's rows, on the generator's 1,000,000 orders ({@value #ORDERS_A_DAY} on each delivery day): placing an
     * order over the API, one day's orders (API and page), its picking list, and the ERP's delta sync. The day is one
     * in the middle of the generated ones; the orders are placed for the big route's customers in turn, each with a
     * new Idempotency-Key, ten lines of the vendor's products, for the route's Monday a week after {@code monday}
     * (its deadline, 14:00 the day before, always ahead). Each run adds its orders (warm-up and timed) to the database.
     */
    private void orders(List<Long> onRoute, long routeId, String monday) throws IOException {
        long total = apiJson("/api/v1/orders?page=0&size=1").get("totalItems").asLong();
        if (total == 0) {
            System.out.println("(no orders in the database: the orders' rows are left out)");
            return;
        }
        // the list is by delivery day, then number: the order in the middle is on a day in the middle
        JsonNode middle = apiJson("/api/v1/orders?page=" + total / 2 + "&size=1").get("items").get(0);
        String day = middle.get("deliveryDay").asText();
        long ofDay = apiJson("/api/v1/orders?deliveryDay=" + day + "&size=1").get("totalItems").asLong();
        String halfChanged = middle.get("updatedAt").asText();
        long sinceHalf = apiJson("/api/v1/orders?updatedSince=" + encode(halfChanged) + "&size=1").get("totalItems").asLong();
        JsonNode late = apiJson("/api/v1/orders?page=" + (total - ORDERS_A_DAY) + "&size=1").get("items").get(0);
        String lateChanged = late.get("updatedAt").asText();
        long sinceLate = apiJson("/api/v1/orders?updatedSince=" + encode(lateChanged) + "&size=1").get("totalItems").asLong();
        System.out.printf("(%,d orders; %s has %,d)%n", total, day, ofDay);

        List<Long> products = new ArrayList<>();
        for (JsonNode product : apiJson("/api/v1/products?page=0&size=50&active=true").get("items")) {
            products.add(product.get("id").asLong());
        }
        List<Long> locations = new ArrayList<>();
        for (JsonNode stop : apiJson("/api/v1/routes/" + routeId + "/day-sheet?date=" + monday).get("stops")) {
            if (stop.hasNonNull("customerId") && locations.size() < onRoute.size()) {
                locations.add(stop.get("deliveryLocationId").asLong());
            }
        }
        String orderFor = java.time.LocalDate.parse(monday).plusWeeks(1).toString();
        latency("POST /orders (10 lines, Idempotency-Key), for a customer of the route", "p95 <= 100",
                i -> apiPost("/api/v1/orders", UUID.randomUUID().toString(), newOrder(onRoute.get(i % onRoute.size()),
                        locations.get(i % locations.size()), orderFor, products, i)));
        latency("API orders of one delivery day (" + ofDay + "), first page (50)", "p95 <= 50",
                i -> apiGet("/api/v1/orders?deliveryDay=" + day + "&page=0&size=50"));
        latency("API orders of one customer (GET /orders?customerId=, about 10)", "",
                i -> apiGet("/api/v1/orders?customerId=" + onRoute.get(i % onRoute.size()) + "&page=0&size=50"));
        latency("API picking list of that day", "<= 300",
                i -> apiGet("/api/v1/orders/picking?deliveryDay=" + day));
        latency("page /vendor/picking.xhtml of that day (signed in)", "",
                i -> get(browser, "/vendor/picking.xhtml?day=" + day, null));
        latency("page /vendor/orders.xhtml (signed in, first page of all orders)", "",
                i -> get(browser, "/vendor/orders.xhtml", null));
        latency(String.format(Locale.ROOT, "GET /orders?updatedSince= page (50 of %,d changed since)", sinceLate), "p95 <= 50",
                i -> apiGet("/api/v1/orders?updatedSince=" + encode(lateChanged) + "&page=0&size=50"));
        latency(String.format(Locale.ROOT, "GET /orders?updatedSince= page (50 of %,d changed since)", sinceHalf), "p95 <= 50",
                i -> apiGet("/api/v1/orders?updatedSince=" + encode(halfChanged) + "&page=0&size=50"));
    }

    /**
     * The cursor after the first {@code rows} rows of the list in this order, read through the cursor itself, 200 rows
     * a request (a cursor does not depend on the page size).
     */
    private String cursorAt(int rows, String sort) throws IOException {
        String cursor = null;
        for (int read = 0; read < rows; ) {
            int size = Math.min(200, rows - read);
            JsonNode page = apiJson("/api/v1/customers?size=" + size + "&" + sort
                    + (cursor == null ? "" : "&after=" + encode(cursor)));
            cursor = page.get("nextCursor").asText();
            read += size;
        }
        return cursor;
    }

    /** The generator's orders a day (BenchmarkData.ORDERS_A_DAY). */
    private static final int ORDERS_A_DAY = 2_000;

    /** An order of ten of the products, quantities 1 to 12, as JSON. */
    private static String newOrder(long customerId, long locationId, String day, List<Long> products, int i) {
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < 10; n++) {
            lines.append(n == 0 ? "" : ",").append("{\"productId\":").append(products.get((i + n * 7) % products.size()))
                    .append(",\"quantity\":").append(1 + (i + n) % 12).append("}");
        }
        return "{\"customerId\":" + customerId + ",\"deliveryLocationId\":" + locationId + ",\"deliveryDay\":\"" + day
                + "\",\"lines\":[" + lines + "],\"note\":\"Benchmark\"}";
    }

    /** Signs in as a browser does: the form, its view state, the POST; answers the new session id. */
    private String signIn() {
        HttpResponse<String> form = get(browser, "/login.xhtml", null);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (form.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("No login form at " + url + "/login.xhtml (" + form.statusCode() + ")");
        }
        String body = "loginForm=loginForm&loginForm%3Aemail%3Ainput=" + encode(email)
                + "&loginForm%3Apassword%3Ainput=" + encode(password) + "&loginForm%3AsignIn="
                + "&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(URI.create(url + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.contains("/vendor/customers.xhtml")) {
            throw new IllegalStateException("Signing in as " + email + " failed (" + answer.statusCode() + " " + location
                    + "): is the server running on the benchmark database?");
        }
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
    }

    private void latency(String what, String target, IntFunction<HttpResponse<String>> request) {
        if (!only.matcher(what).find()) {
            return;
        }
        for (int i = 0; i < warmUp; i++) {
            check(request.apply(i));
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = request.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
            check(response);
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-68s %10.1f %10.1f %8s%n", what, percentile(millis, 0.50), percentile(millis, 0.95), target);
    }

    /** Requests per second that {@code clients} threads get, each sending its next request when the last is answered. */
    private double throughput(String what, IntFunction<HttpResponse<String>> request) throws InterruptedException {
        run(request, Math.max(3, seconds / 3));
        double perSecond = run(request, seconds);
        System.out.printf(Locale.ROOT, "%-68s %10.0f requests/s%n", what, perSecond);
        return perSecond;
    }

    private double run(IntFunction<HttpResponse<String>> request, int durationSeconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(clients);
        List<Throwable> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        check(request.apply(next.getAndIncrement()));
                        done.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    finished.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(durationSeconds * 1000L);
        stop.set(true);
        long counted = done.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        finished.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A request failed under load", failures.get(0));
        }
        return counted / elapsed;
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * fraction) - 1)];
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private HttpResponse<String> apiGet(String path) {
        return get(api, path, apiKey);
    }

    private HttpResponse<String> apiPost(String path, String idempotencyKey, String json) {
        return send(api, HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + apiKey).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private JsonNode apiJson(String path) throws IOException {
        HttpResponse<String> response = apiGet(path);
        check(response);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(HttpClient client, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(client, request.build());
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + request.uri() + ": is the server running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A database's name alone (as run.sh's generation step takes it, {@code -Dbenchmark.db=clientbook_bench_search}) is
     * that database on the local server.
     */
    private static String jdbcUrl(String database) {
        return database.startsWith("jdbc:") || database.equals("none") ? database
                : "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static long totalMemoryMegabytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    }
}
